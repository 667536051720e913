// CREATE_CLAUSES
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agreementId": "string",
//         "heading": "string",
//         "id": "string",
//         "number": "string",
//         "ordinal": "integer",
//         "paragraphCount": "integer",
//         "paragraphs": "string",
//         "sourceId": "string",
//         "spanEnd": "integer",
//         "spanStart": "integer",
//         "text": "string",
//         "topic": "string"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
CREATE (c:Clause {id: row.id})
SET c.agreementId = row.agreementId, c.sourceId = row.sourceId, c.ordinal = row.ordinal, c.number = row.number,
    c.heading = row.heading, c.topic = row.topic, c.text = row.text, c.paragraphs = row.paragraphs,
    c.paragraphCount = row.paragraphCount, c.spanStart = row.spanStart, c.spanEnd = row.spanEnd
CREATE (a)-[:HAS_CLAUSE {ordinal: row.ordinal, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(c)
RETURN count(c) AS written
