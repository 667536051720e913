// FIND_AGREEMENTS_BY_CONTENT_HASHES
// parameters: $contentHashes
UNWIND $contentHashes AS contentHash
MATCH (a:Agreement {contentHash: contentHash})
WHERE a.loaded = true
WITH contentHash, min(a.id) AS id
RETURN contentHash, id
