// CREATE_CITATIONS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agreementId": "string",
//         "article": "string",
//         "clauseNumber": "string",
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
CREATE (a)-[:CITES {ordinal: row.ordinal, article: row.article, clauseNumber: row.clauseNumber, text: row.text,
                    sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(d)
RETURN count(*) AS written
