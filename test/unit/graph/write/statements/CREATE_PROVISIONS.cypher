// CREATE_PROVISIONS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agreementId": "string",
//         "clauseId": "string",
//         "clauseNumber": "string",
//         "id": "string",
//         "kind": "string",
//         "label": "string",
//         "ordinal": "integer",
//         "partyId": "string",
//         "source": "string",
//         "sourceId": "string",
//         "spanEnd": "integer",
//         "spanStart": "integer",
//         "text": "string"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Party {id: row.partyId})
CREATE (pr:Provision {id: row.id})
SET pr.agreementId = row.agreementId, pr.sourceId = row.sourceId, pr.kind = row.kind, pr.ordinal = row.ordinal,
    pr.label = row.label, pr.text = row.text, pr.source = row.source, pr.clauseNumber = row.clauseNumber,
    pr.spanStart = row.spanStart, pr.spanEnd = row.spanEnd
FOREACH (_ IN CASE WHEN row.kind = 'OBLIGATION' THEN [1] ELSE [] END |
  CREATE (p)-[:HAS_OBLIGATION {sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(pr))
FOREACH (_ IN CASE WHEN row.kind = 'RIGHT' THEN [1] ELSE [] END |
  CREATE (p)-[:HAS_RIGHT {sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(pr))
WITH pr, row
CALL (pr, row) {
  WITH pr, row WHERE row.clauseId IS NOT NULL
  MATCH (c:Clause {id: row.clauseId})
  CREATE (c)-[:HAS_PROVISION {sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(pr)
}
RETURN count(pr) AS written
