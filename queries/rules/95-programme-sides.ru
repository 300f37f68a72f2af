#+ title: The sides that took part in an event's programme
#+ description: An event involves an agent in its programme (rikg:involvesInProgramme) when one of its sub-events, at any depth (schema:subEvent+), involves the agent (rikg:involves, 94-event-sides.ru): region-relations' events "in whose programme both sides took part", which walked up from every event of each side. The sub-event statements of every graph are first copied into one work graph, so that the path crosses reports; the work graph is dropped at the end. Runs once, after 94-event-sides.ru; an incremental build derives the pairs of the events above the events its new statements touch, and of those with a new sub-event, by pattern look-ups (kg.event_sides).
PREFIX rikg:   <https://w3id.org/rikg/ontology#>
PREFIX schema: <https://schema.org/>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/programme> { ?event schema:subEvent ?sub } }
WHERE { GRAPH ?g { ?event schema:subEvent ?sub } } ;
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> { ?event rikg:involvesInProgramme ?side } }
WHERE {
  # (each pair of event and sub-event once, then their sides, each pair once before it is
  # inserted: the sub-events of a programme share most of their sides)
  { SELECT DISTINCT ?event ?side WHERE {
      { SELECT DISTINCT ?event ?sub WHERE {
          GRAPH <https://w3id.org/rikg/graph/work/programme> { ?event schema:subEvent+ ?sub }
      } }
      GRAPH <https://w3id.org/rikg/graph/derived> { ?sub rikg:involves ?side }
  } }
} ;
DROP SILENT GRAPH <https://w3id.org/rikg/graph/work/programme>
