#+ title: Types from sub-classes (OWL 2 RL cax-sco)
#+ description: An instance of a class is an instance of each of its super-classes. The class hierarchy is already closed by owlrl on the ontology, so one pass suffices.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?x rdf:type ?super } }
WHERE {
  GRAPH ?g1 { ?x rdf:type ?c }
  GRAPH ?g2 { ?c rdfs:subClassOf ?super }
  FILTER (?c != ?super && isIRI(?super))
  FILTER NOT EXISTS { GRAPH ?g3 { ?x rdf:type ?super } }
}
