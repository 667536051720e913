// UPSERT_OFFICIALS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "honorifics": [
//           "string"
//         ],
//         "id": "string",
//         "identityNote": "null",
//         "key": "string",
//         "name": "string",
//         "nameKey": "string"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MERGE (o:Official {key: row.key})
ON CREATE SET o.id = row.id, o.nameKey = row.nameKey, o.name = row.name, o.names = [row.name],
              o.honorifics = row.honorifics, o.identityNote = row.identityNote
ON MATCH SET
  o.name = CASE WHEN o.name = toUpper(o.name) AND row.name <> toUpper(row.name) THEN row.name ELSE o.name END,
  o.names = CASE WHEN row.name IN o.names THEN o.names ELSE o.names + row.name END,
  o.honorifics = o.honorifics + [h IN row.honorifics WHERE NOT h IN o.honorifics],
  o.identityNote = coalesce(o.identityNote, row.identityNote)
RETURN count(o) AS written
