#+ title: The statements of a follow-up action's status, and the first sentence of each
#+ description: A follow-up action has each reified statement of its status (rikg:hasStatusStatement), and each such statement its first sentence by number (rikg:firstEvidence): what follow-ups shows beside each status (the sentence and its report). follow-ups' page form (queries/pages/follow-ups.rq) reads them from the page's actions, instead of finding every status statement of the store and the first of its sentences whatever the page's size. Runs once, after the fixpoint, like 90-met.ru; an incremental build derives those of the status statements its new reports state (delta/status-evidence.rq): a statement node belongs to one report, so an older statement's first sentence never changes.
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rikg:   <https://w3id.org/rikg/ontology#>
PREFIX schema: <https://schema.org/>
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> {
  ?action rikg:hasStatusStatement ?statusStatement . ?statusStatement rikg:firstEvidence ?x } }
WHERE {
  { SELECT DISTINCT ?action ?statusStatement ?x WHERE {
    GRAPH ?g1 { ?statusStatement rdf:predicate schema:actionStatus }
    GRAPH ?g2 { ?statusStatement rdf:subject ?action }
    GRAPH ?g3 { ?statusStatement rikg:evidence ?x }
    # the first sentence by number (as follow-ups.rq picks it)
    FILTER NOT EXISTS {
      GRAPH ?g4 { ?statusStatement rikg:evidence ?y }
      # (COALESCE(STRLEN ..., 1): Virtuoso also computes this for unbound values, and fails)
      FILTER (CONCAT(SUBSTR("000000", COALESCE(STRLEN(REPLACE(STR(?y), "^.*-", "")), 1)), REPLACE(STR(?y), "^.*-", ""))
              < CONCAT(SUBSTR("000000", COALESCE(STRLEN(REPLACE(STR(?x), "^.*-", "")), 1)), REPLACE(STR(?x), "^.*-", "")))
    }
  } }
}
