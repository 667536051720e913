// DELETE_ORPHANS
// parameters: $agreementIds, $decreeIds, $institutionIds, $officialIds
CALL () {
  UNWIND $institutionIds AS id
  MATCH (n:Institution {id: id}) WHERE NOT (n)--() RETURN n
  UNION ALL
  UNWIND $officialIds AS id
  MATCH (n:Official {id: id}) WHERE NOT (n)--() RETURN n
  UNION ALL
  UNWIND $decreeIds AS id
  MATCH (n:Decree {id: id}) WHERE NOT (n)--() RETURN n
  UNION ALL
  UNWIND $agreementIds AS id
  MATCH (n:Agreement {id: id}) WHERE n.loaded = false AND NOT ()-[:IMPLEMENTS]->(n) RETURN n
}
DETACH DELETE n
RETURN count(*) AS deleted
