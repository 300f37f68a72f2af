#+ title: Types from sub-classes, for the statements new in the last round
#+ description: 10-subclass.ru with the instance statement taken from the delta graph (semi-naive evaluation: only what the previous round added can give something new).
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?x rdf:type ?super } }
WHERE {
  GRAPH <https://w3id.org/rikg/graph/work/delta> { ?x rdf:type ?c }
  GRAPH ?g2 { ?c rdfs:subClassOf ?super }
  FILTER (?c != ?super && isIRI(?super))
  FILTER NOT EXISTS { GRAPH ?g3 { ?x rdf:type ?super } }
}
