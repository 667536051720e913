// FIND_AGREEMENT_CANDIDATES
// parameters: $numbersKey, $partiesDateKey
CYPHER replan=skip
CALL () {
  MATCH (a:Agreement) USING INDEX a:Agreement(numbersKey) WHERE a.numbersKey = $numbersKey
  RETURN a, 'NUMBERS' AS via
  UNION
  MATCH (a:Agreement) USING INDEX a:Agreement(partiesDateKey) WHERE a.partiesDateKey = $partiesDateKey
  RETURN a, 'PARTIES_AND_DATE' AS via
}
RETURN a.id AS id, coalesce(a.loaded, false) AS loaded, a.contentHash AS contentHash,
       coalesce(a.numberKeys, []) AS numberKeys, via
ORDER BY id
