// REFRESH_INSTITUTION_LABELS
// parameters: $institutionIds
// sent for the sample agreement (shape of the first row):
//   {
//     "institutionIds": [
//       "string"
//     ]
//   }
CYPHER replan=skip
UNWIND $institutionIds AS id
MATCH (i:Institution {id: id})
WITH i, EXISTS { (i)-[:PART_OF]->() } AS isUnit
CALL (i, isUnit) {
  WITH i, isUnit WHERE isUnit
  SET i:Unit REMOVE i:Agency
}
CALL (i, isUnit) {
  WITH i, isUnit WHERE NOT isUnit
  SET i:Agency REMOVE i:Unit
}
RETURN count(i) AS refreshed
