// CREATE_AMENDMENTS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agreementId": "string",
//         "amendedKey": "string",
//         "amendingKey": "string",
//         "sourceId": "string",
//         "spanEnd": "integer",
//         "spanStart": "integer"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MATCH (x:Decree {key: row.amendingKey})
MATCH (y:Decree {key: row.amendedKey})
CREATE (x)-[:AMENDS {agreementId: row.agreementId, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(y)
RETURN count(*) AS written
