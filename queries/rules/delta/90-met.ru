#+ title: Who met whom, in the meetings the changes touch
#+ description: 90-met.ru for the meetings that the statements added by this build (the new report and what the rules inferred from it, in the changes graph) type, give a participation or give a participant.
PREFIX rikg: <https://w3id.org/rikg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/work/met> { ?a rikg:met ?b } }
WHERE {
  {
    SELECT DISTINCT ?e WHERE {
      { GRAPH <https://w3id.org/rikg/graph/work/changes> { ?e rdf:type rikg:Meeting } }
      UNION { GRAPH <https://w3id.org/rikg/graph/work/changes> { ?e rikg:hasParticipation ?p } }
      UNION { GRAPH <https://w3id.org/rikg/graph/work/changes> { ?p rikg:participant ?x }
              GRAPH ?g0 { ?e rikg:hasParticipation ?p } }
    }
  }
  GRAPH ?g1 { ?e rdf:type rikg:Meeting }
  GRAPH ?g2 { ?e rikg:hasParticipation ?pa . ?pa rikg:participant ?a }
  GRAPH ?g3 { ?e rikg:hasParticipation ?pb . ?pb rikg:participant ?b }
  FILTER (?a != ?b)
  FILTER NOT EXISTS { GRAPH <https://w3id.org/rikg/graph/derived> { ?a rikg:met ?b } }
}
