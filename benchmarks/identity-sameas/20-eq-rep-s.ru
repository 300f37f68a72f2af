#+ title: OWL 2 RL eq-rep-s (benchmark only, approach a)
#+ description: a owl:sameAs b and a p o give b p o.
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/inferred> { ?b ?p ?o } }
WHERE {
  GRAPH ?g1 { ?a owl:sameAs ?b }
  GRAPH ?g2 { ?a ?p ?o }
  FILTER (?p != owl:sameAs)
  FILTER NOT EXISTS { GRAPH ?g3 { ?b ?p ?o } }
}
