// FIND_AGREEMENT_BY_CONTENT_HASH
// parameters: $contentHash
CYPHER replan=skip
MATCH (a:Agreement {contentHash: $contentHash}) USING INDEX a:Agreement(contentHash)
WHERE a.loaded = true
RETURN a.id AS id
LIMIT 1
