#+ title: Transitive properties, for the statements new in the last round
#+ description: 50-transitive.ru with either of the two joined statements taken from the delta graph.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?a ?p ?c } }
WHERE {
  {
    GRAPH <https://w3id.org/rikg/graph/work/delta> { ?a ?p ?b }
    GRAPH ?g1 { ?p rdf:type owl:TransitiveProperty }
    GRAPH ?g3 { ?b ?p ?c }
  } UNION {
    GRAPH <https://w3id.org/rikg/graph/work/delta> { ?b ?p ?c }
    GRAPH ?g1 { ?p rdf:type owl:TransitiveProperty }
    GRAPH ?g2 { ?a ?p ?b }
  }
  FILTER NOT EXISTS { GRAPH ?g4 { ?a ?p ?c } }
}
