#+ title: Who met whom
#+ description: Two distinct agents that took part in the same meeting met. Never an OWL property chain, which would make every participant meet itself. A delegation and its own members do not meet each other.
PREFIX rikg: <https://w3id.org/rikg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> { ?a rikg:met ?b } }
WHERE {
  GRAPH ?g1 { ?e rdf:type rikg:Meeting }
  GRAPH ?g2 { ?e rikg:hasParticipation ?pa . ?pa rikg:participant ?a }
  GRAPH ?g3 { ?e rikg:hasParticipation ?pb . ?pb rikg:participant ?b }
  FILTER (?a != ?b)
  FILTER NOT EXISTS { GRAPH ?g4 { ?a foaf:member ?b } }
  FILTER NOT EXISTS { GRAPH ?g5 { ?b foaf:member ?a } }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/rikg/graph/derived> { ?a rikg:met ?b } }
}
