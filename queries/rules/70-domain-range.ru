#+ title: Types from domains and ranges (OWL 2 RL prp-dom, prp-rng)
#+ description: The subject of a property with a domain is of that class; an IRI object of a property with a range is of that class.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?x rdf:type ?c } }
WHERE {
  {
    GRAPH ?g1 { ?p rdfs:domain ?c }
    GRAPH ?g2 { ?x ?p ?o }
  } UNION {
    GRAPH ?g1 { ?p rdfs:range ?c }
    GRAPH ?g2 { ?s ?p ?x }
    FILTER (isIRI(?x) || isBLANK(?x))
  }
  FILTER (isIRI(?c))
  FILTER NOT EXISTS { GRAPH ?g3 { ?x rdf:type ?c } }
}
