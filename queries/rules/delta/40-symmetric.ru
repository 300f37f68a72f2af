#+ title: Symmetric properties, for the statements new in the last round
#+ description: 40-symmetric.ru with the instance statement taken from the delta graph.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?o ?p ?s } }
WHERE {
  GRAPH <https://w3id.org/rikg/graph/work/delta> { ?s ?p ?o }
  FILTER (isIRI(?o) || isBLANK(?o))
  GRAPH ?g1 { ?p rdf:type owl:SymmetricProperty }
  FILTER NOT EXISTS { GRAPH ?g3 { ?o ?p ?s } }
}
