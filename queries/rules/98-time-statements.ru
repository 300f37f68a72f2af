#+ title: The statements of each thing's time
#+ description: A thing has each reified statement of its time (rikg:hasTimeStatement): the rdf:Statement nodes whose subject it is and whose predicate is schema:startDate, time:hasTime or rikg:signingDate. region-relations finds the sentence that states a row's time from them, instead of reading every statement about the time's owner (an event has one per participation, place, theme ...). Runs once, after the fixpoint, like 90-met.ru; an incremental build derives those of the statements its new reports state (delta/time-statements.rq): a statement node belongs to one report, so these links only grow.
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rikg:   <https://w3id.org/rikg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX time:   <http://www.w3.org/2006/time#>
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> { ?owner rikg:hasTimeStatement ?timeStatement } }
WHERE {
  VALUES ?timeProperty { schema:startDate time:hasTime rikg:signingDate }
  GRAPH ?g1 { ?timeStatement rdf:predicate ?timeProperty }
  GRAPH ?g2 { ?timeStatement rdf:subject ?owner }
}
