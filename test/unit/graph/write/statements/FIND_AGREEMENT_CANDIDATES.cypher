// FIND_AGREEMENT_CANDIDATES
// parameters: $numbersKey, $partiesDateKey
CALL () {
  MATCH (a:Agreement) WHERE a.numbersKey = $numbersKey
  RETURN a, 'NUMBERS' AS via
  UNION
  MATCH (a:Agreement) WHERE a.partiesDateKey = $partiesDateKey
  RETURN a, 'PARTIES_AND_DATE' AS via
}
RETURN a.id AS id, coalesce(a.loaded, false) AS loaded, a.contentHash AS contentHash,
       coalesce(a.numberKeys, []) AS numberKeys, via
ORDER BY id
