#+ title: Who met whom
#+ description: Two distinct agents that took part in the same meeting met (not a meeting only planned, announced, cancelled or postponed). Never an OWL property chain, which would make every participant meet itself. A delegation and its own members do not meet each other. Each agent that met someone at a meeting is also linked to it (rikg:metAt): who-met's page form reads an actor's meetings from these links.
PREFIX rikg: <https://w3id.org/rikg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> { ?a rikg:met ?b . ?a rikg:metAt ?e } }
WHERE {
  # the meetings that took place, first (a meeting only planned, announced, cancelled or
  # postponed, or part of such a mission, is no meeting anyone had): checked once per meeting,
  # not once per pair of its participants
  { SELECT DISTINCT ?e WHERE {
      GRAPH ?g1 { ?e rdf:type rikg:Meeting }
      FILTER NOT EXISTS {
        { GRAPH ?gs1 { ?e schema:eventStatus ?status } }
        UNION
        { GRAPH ?gs2 { ?e schema:superEvent+ ?whole } GRAPH ?gs3 { ?whole schema:eventStatus ?status } }
        FILTER (?status != <https://w3id.org/rikg/event-status/held>)
      } } }
  GRAPH ?g2 { ?e rikg:hasParticipation ?pa . ?pa rikg:participant ?a }
  GRAPH ?g3 { ?e rikg:hasParticipation ?pb . ?pb rikg:participant ?b }
  FILTER (?a != ?b)
  # a delegation and its own members do not meet: one pass over the memberships (both ends are
  # always bound, so MINUS removes what two NOT EXISTS per pair did); a pair met already is
  # inserted again, which changes nothing
  MINUS { GRAPH ?g4 { ?a foaf:member|^foaf:member ?b } }
}
