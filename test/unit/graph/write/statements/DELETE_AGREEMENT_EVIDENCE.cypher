// DELETE_AGREEMENT_EVIDENCE
// parameters: $agreementId
CALL () {
  MATCH ()-[r:PART_OF]->() WHERE r.agreementId = $agreementId RETURN r
  UNION ALL
  MATCH ()-[r:AMENDS]->() WHERE r.agreementId = $agreementId RETURN r
  UNION ALL
  MATCH ()-[r:APPOINTED_BY]->() WHERE r.agreementId = $agreementId RETURN r
}
DELETE r
RETURN count(*) AS deleted
