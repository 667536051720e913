// GRAPH_WRITE_LOCK
// parameters: none
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.token = randomUUID(), v.changedAt = datetime()
SET v.token = v.token
RETURN v.token AS token
