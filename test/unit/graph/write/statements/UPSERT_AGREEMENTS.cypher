// UPSERT_AGREEMENTS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "agreementId": "string",
//         "effectiveFrom": "string",
//         "expiresOn": "string",
//         "numberKeys": [
//           "string"
//         ],
//         "numbersKey": "string",
//         "partiesDateKey": "string",
//         "properties": {
//           "contentHash": "string",
//           "durationMonths": "integer",
//           "isDraft": "boolean",
//           "kind": "string",
//           "kindName": "string",
//           "numbers": [
//             "string"
//           ],
//           "numbersSpan": [
//             "integer"
//           ],
//           "place": "string",
//           "renewable": "boolean",
//           "signedDay": "string",
//           "signedOnSpan": [
//             "integer"
//           ],
//           "sourceName": "string",
//           "terminationNoticeDays": "integer",
//           "title": "string",
//           "warningDetails": "string",
//           "warnings": []
//         },
//         "signedOn": "string",
//         "source": {
//           "contentHash": "string",
//           "id": "string",
//           "loadedAt": "string",
//           "mediaType": "string",
//           "name": "string",
//           "ocrPages": [],
//           "pageCount": "null",
//           "pageStarts": "null",
//           "text": "string",
//           "textHash": "string"
//         },
//         "sourceId": "string"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Agreement {id: row.agreementId})
SET a += row.properties,
    a.signedOn = date(row.signedOn),
    a.effectiveFrom = date(row.effectiveFrom),
    a.expiresOn = date(row.expiresOn),
    a.numbersKey = row.numbersKey,
    a.numberKeys = row.numberKeys,
    a.partiesDateKey = row.partiesDateKey,
    a.sourceId = row.sourceId,
    a.loaded = true
MERGE (s:SourceDocument {id: row.source.id})
SET s.name = row.source.name,
    s.contentHash = row.source.contentHash,
    s.loadedAt = datetime(row.source.loadedAt),
    s.text = row.source.text,
    s.length = size(row.source.text),
    s.textHash = row.source.textHash,
    s.mediaType = row.source.mediaType,
    s.pageCount = row.source.pageCount,
    s.ocrPages = row.source.ocrPages,
    s.pageStarts = row.source.pageStarts
MERGE (a)-[:FROM_SOURCE]->(s)
RETURN count(a) AS written
