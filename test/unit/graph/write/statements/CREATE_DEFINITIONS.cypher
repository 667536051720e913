// CREATE_DEFINITIONS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agreementId": "string",
//         "id": "string",
//         "meaning": "string",
//         "ordinal": "integer",
//         "sourceId": "string",
//         "spanEnd": "integer",
//         "spanStart": "integer",
//         "term": "string"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
CREATE (d:Definition {id: row.id})
SET d.agreementId = row.agreementId, d.sourceId = row.sourceId, d.ordinal = row.ordinal, d.term = row.term,
    d.meaning = row.meaning, d.spanStart = row.spanStart, d.spanEnd = row.spanEnd
CREATE (a)-[:DEFINES {ordinal: row.ordinal, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(d)
RETURN count(d) AS written
