// UPSERT_DECREES
// parameters: $rows
// sent for the sample agreement (shape of the first row):
//   {
//     "rows": [
//       {
//         "date": "string",
//         "gazette": "null",
//         "id": "string",
//         "issuer": "string",
//         "key": "string",
//         "kind": "string",
//         "number": "string",
//         "text": "string",
//         "title": "null",
//         "year": "integer"
//       }
//     ]
//   }
CYPHER replan=skip
UNWIND $rows AS row
MERGE (d:Decree {key: row.key})
ON CREATE SET d.id = row.id, d.kind = row.kind, d.issuer = row.issuer, d.number = row.number,
              d.year = row.year, d.date = date(row.date), d.title = row.title, d.gazette = row.gazette,
              d.text = row.text
ON MATCH SET d.issuer = coalesce(d.issuer, row.issuer), d.date = coalesce(d.date, date(row.date)),
             d.title = coalesce(d.title, row.title), d.gazette = coalesce(d.gazette, row.gazette)
RETURN count(d) AS written
