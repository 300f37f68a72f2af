#+ title: Inverse properties, for the statements new in the last round
#+ description: 30-inverse.ru with the instance statement taken from the delta graph.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?o ?q ?s } }
WHERE {
  GRAPH <https://w3id.org/rikg/graph/work/delta> { ?s ?p ?o }
  FILTER (isIRI(?o) || isBLANK(?o))
  { GRAPH ?g1 { ?p owl:inverseOf ?q } } UNION { GRAPH ?g1 { ?q owl:inverseOf ?p } }
  FILTER NOT EXISTS { GRAPH ?g3 { ?o ?q ?s } }
}
