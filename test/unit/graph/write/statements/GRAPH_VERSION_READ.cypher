// GRAPH_VERSION_READ
// parameters: none
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.token AS token
