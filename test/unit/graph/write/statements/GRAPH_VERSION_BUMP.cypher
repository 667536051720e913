// GRAPH_VERSION_BUMP
// parameters: none
MERGE (v:GraphVersion {id: 'graph'})
SET v.token = randomUUID(), v.changedAt = datetime()
RETURN v.token AS token
