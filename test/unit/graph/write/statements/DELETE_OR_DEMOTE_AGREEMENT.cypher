// DELETE_OR_DEMOTE_AGREEMENT
// parameters: $agreementId
MATCH (a:Agreement {id: $agreementId})
WITH a, EXISTS { ()-[:IMPLEMENTS]->(a) } AS referenced
CALL (a, referenced) {
  WITH a, referenced WHERE referenced
  // Still named by another agreement: keep what identifies it, as a referenced-only agreement.
  SET a = {id: a.id, kind: a.kind, title: a.title, numbers: a.numbers, numbersKey: a.numbersKey,
           numberKeys: a.numberKeys, loaded: false}
}
CALL (a, referenced) {
  WITH a, referenced WHERE NOT referenced
  DETACH DELETE a
}
RETURN referenced
