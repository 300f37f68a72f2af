#+ title: Who met whom via a delegation
#+ description: A meeting of a delegation counts for each of its members: a member met every other participant of the meeting (rikg:met and, to tell it apart, rikg:metViaDelegation, both directions; and both rikg:metAt the meeting), except the delegation itself and fellow members; not for a member who took part in person. Runs once, after the fixpoint, like 90-met.ru.
PREFIX rikg: <https://w3id.org/rikg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> {
  ?member rikg:met ?other . ?other rikg:met ?member .
  ?member rikg:metViaDelegation ?other . ?other rikg:metViaDelegation ?member .
  ?member rikg:metAt ?e . ?other rikg:metAt ?e } }
WHERE {
  # the meetings that took place, checked once per meeting as in 90-met.ru (a meeting only
  # planned, announced, cancelled or postponed, or part of such a mission, is no meeting anyone had)
  { SELECT DISTINCT ?e WHERE {
      GRAPH ?g3 { ?e rdf:type rikg:Meeting }
      FILTER NOT EXISTS {
        { GRAPH ?gs1 { ?e schema:eventStatus ?status } }
        UNION
        { GRAPH ?gs2 { ?e schema:superEvent+ ?whole } GRAPH ?gs3 { ?whole schema:eventStatus ?status } }
        FILTER (?status != <https://w3id.org/rikg/event-status/held>)
      } } }
  GRAPH ?g2 { ?e rikg:hasParticipation ?pd . ?pd rikg:participant ?delegation }
  GRAPH ?g1 { ?delegation rdf:type rikg:Delegation }
  GRAPH ?g4 { ?delegation foaf:member ?member }
  GRAPH ?g5 { ?e rikg:hasParticipation ?po . ?po rikg:participant ?other }
  FILTER (?other != ?delegation && ?other != ?member)
  # MINUS, not FILTER NOT EXISTS: each is one pass over what it removes instead of a lookup per
  # row, which grew faster than the data (at 10M the NOT EXISTS form ran for many minutes).
  # A member who was there in person met the others in person (90-met.ru):
  MINUS { GRAPH ?g9 { ?e rikg:hasParticipation ?pm . ?pm rikg:participant ?member } }
  # fellow members, and a member and an organisation one of them belongs to:
  MINUS { GRAPH ?g6 { ?delegation foaf:member ?other } }
  MINUS { GRAPH ?g7 { ?other foaf:member|^foaf:member ?member } }
}
