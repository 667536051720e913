// FIND_AGREEMENT_BY_CONTENT_HASH
// parameters: $contentHash
MATCH (a:Agreement {contentHash: $contentHash})
WHERE a.loaded = true
RETURN a.id AS id
LIMIT 1
