#+ title: Inverse properties (OWL 2 RL prp-inv1, prp-inv2)
#+ description: For p owl:inverseOf q, s p o gives o q s and s q o gives o p s.
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?o ?q ?s } }
WHERE {
  { GRAPH ?g1 { ?p owl:inverseOf ?q } } UNION { GRAPH ?g1 { ?q owl:inverseOf ?p } }
  GRAPH ?g2 { ?s ?p ?o }
  FILTER (isIRI(?o) || isBLANK(?o))
  FILTER NOT EXISTS { GRAPH ?g3 { ?o ?q ?s } }
}
