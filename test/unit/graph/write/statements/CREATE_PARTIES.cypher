// CREATE_PARTIES
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agencyKey": "string",
//         "agencySpan": [
//           "integer"
//         ],
//         "agreementId": "string",
//         "appointmentSpan": [
//           "integer"
//         ],
//         "decreeKey": "string",
//         "id": "string",
//         "institutionKey": "string",
//         "institutionSpan": [
//           "integer"
//         ],
//         "officialKey": "string",
//         "onBehalfOfKey": "null",
//         "onBehalfOfSpan": "null",
//         "ordinal": "integer",
//         "position": "string",
//         "properties": {
//           "actsForName": "null",
//           "address": "string",
//           "contactAddress": "null",
//           "contactEmail": "null",
//           "contactPerson": "null",
//           "contactPhone": "null",
//           "contactSpanEnd": "null",
//           "contactSpanStart": "null",
//           "contactUnit": "null",
//           "institutionName": "string",
//           "label": "string",
//           "signatoryName": "string",
//           "weakFields": "null"
//         },
//         "signatorySpan": [
//           "integer"
//         ],
//         "sourceId": "string",
//         "spanEnd": "integer",
//         "spanStart": "integer"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
CREATE (p:Party {id: row.id})
SET p += row.properties,
    p.ordinal = row.ordinal, p.position = row.position, p.agreementId = row.agreementId,
    p.sourceId = row.sourceId, p.spanStart = row.spanStart, p.spanEnd = row.spanEnd
CREATE (a)-[:HAS_PARTY {ordinal: row.ordinal, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(p)
WITH p, row
OPTIONAL MATCH (i:Institution {key: row.institutionKey})
OPTIONAL MATCH (ag:Institution {key: row.agencyKey})
OPTIONAL MATCH (b:Institution {key: row.onBehalfOfKey})
OPTIONAL MATCH (o:Official {key: row.officialKey})
FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END |
  CREATE (p)-[:ACTS_FOR {sourceId: row.sourceId, spanStart: row.institutionSpan[0], spanEnd: row.institutionSpan[1]}]->(i))
FOREACH (_ IN CASE WHEN ag IS NULL THEN [] ELSE [1] END |
  CREATE (p)-[:OF_AGENCY {sourceId: row.sourceId, spanStart: row.agencySpan[0], spanEnd: row.agencySpan[1]}]->(ag))
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END |
  CREATE (p)-[:ON_BEHALF_OF {sourceId: row.sourceId, spanStart: row.onBehalfOfSpan[0], spanEnd: row.onBehalfOfSpan[1]}]->(b))
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END |
  CREATE (p)-[:SIGNED_BY {sourceId: row.sourceId, spanStart: row.signatorySpan[0], spanEnd: row.signatorySpan[1]}]->(o))
WITH p, o, i, row
CALL (p, o, i, row) {
  WITH p, o, i, row WHERE row.decreeKey IS NOT NULL
  MATCH (d:Decree {key: row.decreeKey})
  CREATE (p)-[:APPOINTED_UNDER {sourceId: row.sourceId, spanStart: row.appointmentSpan[0], spanEnd: row.appointmentSpan[1]}]->(d)
  FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END |
    CREATE (o)-[:APPOINTED_BY {agreementId: row.agreementId, partyId: p.id, position: row.position, institutionId: i.id,
                               sourceId: row.sourceId, spanStart: row.appointmentSpan[0], spanEnd: row.appointmentSpan[1]}]->(d))
}
RETURN count(p) AS written
