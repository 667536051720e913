// FIND_AGREEMENT_LOADED
// parameters: $agreementId
CYPHER replan=skip
MATCH (a:Agreement {id: $agreementId})
RETURN coalesce(a.loaded, false) AS loaded
