// CREATE_UNIT_LINKS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agencyKey": "string",
//         "agreementId": "string",
//         "sourceId": "string",
//         "spanEnd": "integer",
//         "spanStart": "integer",
//         "unitKey": "string"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MATCH (u:Institution {key: row.unitKey})
MATCH (ag:Institution {key: row.agencyKey})
CREATE (u)-[:PART_OF {agreementId: row.agreementId, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(ag)
RETURN count(*) AS written
