// FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES
// parameters: $contentHashes
CYPHER replan=skip
UNWIND $contentHashes AS contentHash
MATCH (a:Agreement {contentHash: contentHash}) USING INDEX a:Agreement(contentHash)
WHERE a.loaded = true
WITH contentHash, a ORDER BY a.id
WITH contentHash, collect(a)[0] AS a
RETURN contentHash, a.numbersKey AS numbersKey, coalesce(a.numberKeys, []) AS numberKeys,
       a.partiesDateKey AS partiesDateKey,
       toString(a.signedOn) AS signedOn, coalesce(a.numbers, []) AS numbers
