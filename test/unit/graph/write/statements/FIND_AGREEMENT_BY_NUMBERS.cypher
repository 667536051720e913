// FIND_AGREEMENT_BY_NUMBERS
// parameters: $numbersKey
CYPHER replan=skip
MATCH (a:Agreement {numbersKey: $numbersKey}) USING INDEX a:Agreement(numbersKey)
RETURN a.id AS id
ORDER BY a.loaded DESC, id
LIMIT 1
