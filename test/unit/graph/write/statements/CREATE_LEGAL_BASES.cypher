// CREATE_LEGAL_BASES
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agreementId": "string",
//         "decreeKey": "string",
//         "ordinal": "integer",
//         "sourceId": "string",
//         "spanEnd": "integer",
//         "spanStart": "integer",
//         "text": "string"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
MATCH (d:Decree {key: row.decreeKey})
CREATE (a)-[:LEGAL_BASIS {ordinal: row.ordinal, text: row.text, sourceId: row.sourceId,
                          spanStart: row.spanStart, spanEnd: row.spanEnd}]->(d)
RETURN count(*) AS written
