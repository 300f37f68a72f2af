#+ title: Symmetric properties (OWL 2 RL prp-symp)
#+ description: For a symmetric property p, s p o gives o p s.
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?o ?p ?s } }
WHERE {
  GRAPH ?g1 { ?p rdf:type owl:SymmetricProperty }
  GRAPH ?g2 { ?s ?p ?o }
  FILTER (isIRI(?o) || isBLANK(?o))
  FILTER NOT EXISTS { GRAPH ?g3 { ?o ?p ?s } }
}
