#+ title: The sides that took part in an event
#+ description: An event involves an agent (rikg:involves) when the agent took part in it as region-relations counts a side: as a participant, as a member of a participating group, as the one a participant acted on behalf of, or as the organisation (or a parent organisation, org:transitiveSubOrganizationOf) of a post a participant holds or of a participating unit: the path `rikg:hasParticipation/(rikg:participant/foaf:member?|rikg:onBehalfOf)/(org:holds/org:postIn|org:transitiveSubOrganizationOf)*` of queries/region-relations.rq, each pair of event and agent once. (The path written out: the sub-organisations are transitive after the fixpoint, and only people hold posts; a test checks that the pairs are exactly the path's.) region-relations reads each side's events from these pairs instead of walking the path per event. Runs once, after the fixpoint, like 90-met.ru; an incremental build derives the pairs of the events its new statements touch (kg.event_sides) with delta/event-sides.rq.
PREFIX rikg:   <https://w3id.org/rikg/ontology#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
PREFIX org:    <http://www.w3.org/ns/org#>
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> { ?event rikg:involves ?agent . ?event rikg:involves ?side } }
WHERE {
  # who took part in each event: a participant, a member of a participating group, or the one a
  # participant acted on behalf of (each pair once)
  # (each branch from its last step back to the event: Oxigraph joins the patterns in the order
  # written, and from the event first it looked up a group's members per participant, 1M: 5 s)
  { SELECT DISTINCT ?event ?agent WHERE {
      { GRAPH ?g2 { ?p rikg:participant|rikg:onBehalfOf ?agent }
        GRAPH ?g1 { ?event rikg:hasParticipation ?p } }
      UNION
      { GRAPH ?g3 { ?group foaf:member ?agent } GRAPH ?g2 { ?p rikg:participant ?group }
        GRAPH ?g1 { ?event rikg:hasParticipation ?p } }
  } }
  # the organisations each of them belongs to: a parent organisation, the organisation of a post
  # held, and its parents (each agent once, not once per event)
  OPTIONAL {
    { SELECT DISTINCT ?agent ?side WHERE {
        { GRAPH ?g4 { ?agent org:transitiveSubOrganizationOf ?side } }
        UNION
        { GRAPH ?g4 { ?agent org:holds ?post } GRAPH ?g5 { ?post org:postIn ?side } }
        UNION
        { GRAPH ?g4 { ?agent org:holds ?post } GRAPH ?g5 { ?post org:postIn ?unit }
          GRAPH ?g6 { ?unit org:transitiveSubOrganizationOf ?side } }
    } }
  }
}
