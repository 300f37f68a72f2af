#+ title: Types from domains and ranges, for the statements new in the last round
#+ description: 70-domain-range.ru with the instance statement taken from the delta graph.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?x rdf:type ?c } }
WHERE {
  {
    GRAPH <https://w3id.org/rikg/graph/work/delta> { ?x ?p ?o }
    GRAPH ?g1 { ?p rdfs:domain ?c }
  } UNION {
    GRAPH <https://w3id.org/rikg/graph/work/delta> { ?s ?p ?x }
    FILTER (isIRI(?x) || isBLANK(?x))
    GRAPH ?g1 { ?p rdfs:range ?c }
  }
  FILTER (isIRI(?c))
  FILTER NOT EXISTS { GRAPH ?g3 { ?x rdf:type ?c } }
}
