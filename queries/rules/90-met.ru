#+ title: Who met whom
#+ description: Two distinct agents that took part in the same meeting met (not a meeting only planned, announced, cancelled or postponed). Never an OWL property chain, which would make every participant meet itself. A delegation and its own members do not meet each other.
PREFIX rikg: <https://w3id.org/rikg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> { ?a rikg:met ?b } }
WHERE {
  GRAPH ?g1 { ?e rdf:type rikg:Meeting }
  GRAPH ?g2 { ?e rikg:hasParticipation ?pa . ?pa rikg:participant ?a }
  GRAPH ?g3 { ?e rikg:hasParticipation ?pb . ?pb rikg:participant ?b }
  FILTER (?a != ?b)
  FILTER NOT EXISTS { GRAPH ?g4 { ?a foaf:member ?b } }
  FILTER NOT EXISTS { GRAPH ?g5 { ?b foaf:member ?a } }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/rikg/graph/derived> { ?a rikg:met ?b } }
  # a meeting that did not take place (planned, announced, cancelled, postponed; or part of
  # such a mission) is no meeting anyone had
  FILTER NOT EXISTS {
    { GRAPH ?gs1 { ?e schema:eventStatus ?status } }
    UNION
    { GRAPH ?gs2 { ?e schema:superEvent+ ?whole } GRAPH ?gs3 { ?whole schema:eventStatus ?status } }
    FILTER (?status != <https://w3id.org/rikg/event-status/held>)
  }
}
