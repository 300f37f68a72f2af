#+ title: Sub-properties (OWL 2 RL prp-spo1)
#+ description: A statement with a property also holds for each of its super-properties.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/new> { ?s ?super ?o } }
WHERE {
  GRAPH ?g1 { ?p rdfs:subPropertyOf ?super }
  FILTER (?p != ?super && isIRI(?super))
  GRAPH ?g2 { ?s ?p ?o }
  FILTER NOT EXISTS { GRAPH ?g3 { ?s ?super ?o } }
}
