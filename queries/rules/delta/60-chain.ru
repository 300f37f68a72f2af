#+ title: Two-step property chains, for the statements new in the last round
#+ description: 60-chain.ru with either of the two joined statements taken from the delta graph.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?x ?p ?z } }
WHERE {
  GRAPH ?g1 { ?p owl:propertyChainAxiom ?list . ?list rdf:first ?p1 ; rdf:rest ?rest .
              ?rest rdf:first ?p2 ; rdf:rest rdf:nil . }
  {
    GRAPH <https://w3id.org/rikg/graph/work/delta> { ?x ?p1 ?y }
    GRAPH ?g3 { ?y ?p2 ?z }
  } UNION {
    GRAPH <https://w3id.org/rikg/graph/work/delta> { ?y ?p2 ?z }
    GRAPH ?g2 { ?x ?p1 ?y }
  }
  FILTER NOT EXISTS { GRAPH ?g4 { ?x ?p ?z } }
}
