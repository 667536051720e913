// FIND_BATCH_CANDIDATE_KEYS
// parameters: $numbersKeys, $partiesDateKeys, $targetNumbersKeys
CYPHER replan=skip
CALL () {
  UNWIND $numbersKeys AS key
  MATCH (a:Agreement) USING INDEX a:Agreement(numbersKey) WHERE a.numbersKey = key
  RETURN DISTINCT 'NUMBERS' AS via, key, null AS id
  UNION ALL
  UNWIND $partiesDateKeys AS key
  MATCH (a:Agreement) USING INDEX a:Agreement(partiesDateKey) WHERE a.partiesDateKey = key
  RETURN DISTINCT 'PARTIES_AND_DATE' AS via, key, null AS id
  UNION ALL
  UNWIND $targetNumbersKeys AS key
  MATCH (a:Agreement) USING INDEX a:Agreement(numbersKey) WHERE a.numbersKey = key
  WITH key, a ORDER BY a.loaded DESC, a.id
  WITH key, collect(a.id)[0] AS id
  RETURN 'TARGET' AS via, key, id
}
RETURN via, key, id
