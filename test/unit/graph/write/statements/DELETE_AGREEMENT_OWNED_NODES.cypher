// DELETE_AGREEMENT_OWNED_NODES
// parameters: $agreementId
CALL () {
  MATCH (n:Provision {agreementId: $agreementId}) RETURN n
  UNION ALL
  MATCH (n:Party {agreementId: $agreementId}) RETURN n
  UNION ALL
  MATCH (n:Clause {agreementId: $agreementId}) RETURN n
  UNION ALL
  MATCH (n:Definition {agreementId: $agreementId}) RETURN n
}
DETACH DELETE n
RETURN count(*) AS deleted
