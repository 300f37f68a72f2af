#+ title: Agents connected to a theme
#+ description: An agent is connected to a theme (rikg:connectedToTheme) when it took part in or organised an event on it, is party to or signed an agreement on it, works on it itself, carries out a follow-up action on it, or is named in an outcome on it: the ways of queries/theme-actors.rq, each pair of agent and theme once. The theme is the one stated (dct:subject), not its broader themes. theme-actors reads its first agents in order from these pairs (a page asks for the first agents only, then their ways). shared-themes reads each side's themes from them, beside the two ways it counts and theme-actors does not (represented at an event; named in an outcome without being an agent). Runs once, after the fixpoint, like 90-met.ru (the participations' shortcut rikg:hasParticipant is complete then); an incremental build derives the pairs of its new statements with delta/theme-connections.rq.
PREFIX rikg:   <https://w3id.org/rikg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
INSERT { GRAPH <https://w3id.org/rikg/graph/derived> { ?actor rikg:connectedToTheme ?theme } }
WHERE {
  # (each pair once before it is inserted: 1M, 4.6 s -> 2.2 s)
  { SELECT DISTINCT ?actor ?theme WHERE {
  {
    # took part in (the participations' shortcut) or organised an event on the theme, party to
    # or signed an agreement on it
    VALUES ?way { rikg:hasParticipant schema:organizer rikg:party rikg:signatory }
    GRAPH ?g1 { ?via dct:subject ?theme }
    GRAPH ?g2 { ?via ?way ?actor }
  } UNION {
    GRAPH ?g1 { ?actor dct:subject ?theme }
    GRAPH ?g2 { ?actor rdf:type foaf:Agent }
  } UNION {
    GRAPH ?g1 { ?via dct:subject ?theme }
    GRAPH ?g2 { ?via rdf:type rikg:FollowUpAction }
    GRAPH ?g3 { ?via schema:agent ?actor }
  } UNION {
    GRAPH ?g1 { ?via dct:subject ?theme }
    GRAPH ?g2 { ?via rdf:type rikg:Outcome }
    GRAPH ?g3 { ?via rikg:concerns ?actor }
    GRAPH ?g4 { ?actor rdf:type foaf:Agent }
  } } }
}
