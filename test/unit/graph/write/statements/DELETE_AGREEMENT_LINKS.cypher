// DELETE_AGREEMENT_LINKS
// parameters: $agreementId
MATCH (a:Agreement {id: $agreementId})
CALL (a) {
  OPTIONAL MATCH (a)-[:FROM_SOURCE]->(s:SourceDocument)
  DETACH DELETE s
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:LEGAL_BASIS|CITES|IMPLEMENTS|DEFINES]->()
  DELETE r
}
RETURN a.id AS id
