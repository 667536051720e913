// FIND_AGREEMENTS_BY_CONTENT_HASHES
// parameters: $contentHashes
CYPHER replan=skip
UNWIND $contentHashes AS contentHash
MATCH (a:Agreement {contentHash: contentHash}) USING INDEX a:Agreement(contentHash)
WHERE a.loaded = true
WITH contentHash, min(a.id) AS id
RETURN contentHash, id
