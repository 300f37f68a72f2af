#+ title: Two-step property chains (OWL 2 RL prp-spo2)
#+ description: For p owl:propertyChainAxiom (p1 p2), x p1 y and y p2 z give x p z; this makes the rikg:hasParticipant shortcut from the qualified participations.
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?x ?p ?z } }
WHERE {
  GRAPH ?g1 { ?p owl:propertyChainAxiom ?list . ?list rdf:first ?p1 ; rdf:rest ?rest .
              ?rest rdf:first ?p2 ; rdf:rest rdf:nil . }
  GRAPH ?g2 { ?x ?p1 ?y }
  GRAPH ?g3 { ?y ?p2 ?z }
  FILTER NOT EXISTS { GRAPH ?g4 { ?x ?p ?z } }
}
