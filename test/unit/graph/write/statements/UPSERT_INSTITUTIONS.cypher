// UPSERT_INSTITUTIONS
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "acronym": "null",
//         "id": "string",
//         "key": "string",
//         "name": "string"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MERGE (i:Institution {key: row.key})
ON CREATE SET i.id = row.id, i.name = row.name, i.names = [row.name], i.acronym = row.acronym
ON MATCH SET
  i.name = CASE WHEN i.name = toUpper(i.name) AND row.name <> toUpper(row.name) THEN row.name ELSE i.name END,
  i.names = CASE WHEN row.name IN i.names THEN i.names ELSE i.names + row.name END,
  i.acronym = coalesce(i.acronym, row.acronym)
RETURN count(i) AS written
