// CREATE_IMPLEMENTS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agreementId": "string",
//         "sourceId": "string",
//         "target": {
//           "id": "string",
//           "identityKey": "string",
//           "kind": "string",
//           "numberKeys": [
//             "string"
//           ],
//           "numbers": [
//             "string"
//           ],
//           "numbersKey": "string",
//           "spanEnd": "integer",
//           "spanStart": "integer",
//           "title": "string"
//         }
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
MERGE (m:Agreement {id: row.target.id})
ON CREATE SET m.loaded = false, m.kind = row.target.kind, m.title = row.target.title, m.numbers = row.target.numbers,
              m.numbersKey = row.target.numbersKey, m.numberKeys = row.target.numberKeys
CREATE (a)-[:IMPLEMENTS {sourceId: row.sourceId, spanStart: row.target.spanStart, spanEnd: row.target.spanEnd}]->(m)
RETURN count(*) AS written
