// FIND_AGREEMENT_BY_NUMBERS
// parameters: $numbersKey
MATCH (a:Agreement {numbersKey: $numbersKey})
RETURN a.id AS id
ORDER BY a.loaded DESC, id
LIMIT 1
