#+ title: OWL 2 RL eq-rep-o (benchmark only, approach a)
#+ description: a owl:sameAs b and s p a give s p b.
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/inferred> { ?s ?p ?b } }
WHERE {
  GRAPH ?g1 { ?a owl:sameAs ?b }
  GRAPH ?g2 { ?s ?p ?a }
  FILTER (?p != owl:sameAs)
  FILTER NOT EXISTS { GRAPH ?g3 { ?s ?p ?b } }
}
