#+ title: owl:sameAs from confirmed identity decisions (benchmark only, approach a)
#+ description: A confirmed rikg:IdentityDecision gives owl:sameAs both ways (eq-sym).
PREFIX rikg: <https://w3id.org/rikg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
INSERT { GRAPH <https://w3id.org/rikg/graph/inferred> { ?a owl:sameAs ?b . ?b owl:sameAs ?a } }
WHERE {
  GRAPH ?g1 { ?d a rikg:IdentityDecision ; rikg:identityStatus "confirmed" ;
                 rikg:decidedAbout ?a , ?b . }
  FILTER (?a != ?b)
  FILTER NOT EXISTS { GRAPH ?g2 { ?a owl:sameAs ?b } }
}
