#+ title: Transitive properties (OWL 2 RL prp-trp)
#+ description: For a transitive property p, a p b and b p c give a p c (repeated to a fixpoint by kg).
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?a ?p ?c } }
WHERE {
  GRAPH ?g1 { ?p rdf:type owl:TransitiveProperty }
  GRAPH ?g2 { ?a ?p ?b }
  GRAPH ?g3 { ?b ?p ?c }
  FILTER NOT EXISTS { GRAPH ?g4 { ?a ?p ?c } }
}
