// FIND_AGREEMENT_LOADED
// parameters: $agreementId
MATCH (a:Agreement {id: $agreementId})
RETURN coalesce(a.loaded, false) AS loaded
