// COLLECT_AGREEMENT_NEIGHBOURS
// parameters: $agreementId
MATCH (a:Agreement {id: $agreementId})
RETURN
  COLLECT { MATCH (a)-[:HAS_PARTY]->(:Party)-[:ACTS_FOR|OF_AGENCY|ON_BEHALF_OF]->(i:Institution) RETURN DISTINCT i.id } AS institutionIds,
  COLLECT { MATCH (a)-[:HAS_PARTY]->(:Party)-[:SIGNED_BY]->(o:Official) RETURN DISTINCT o.id } AS officialIds,
  COLLECT {
    MATCH (a)-[:LEGAL_BASIS|CITES]->(d:Decree) RETURN d.id AS id
    UNION
    MATCH (a)-[:HAS_PARTY]->(:Party)-[:APPOINTED_UNDER]->(d:Decree) RETURN d.id AS id
    UNION
    MATCH (x:Decree)-[r:AMENDS]->(y:Decree) WHERE r.agreementId = $agreementId
    UNWIND [x.id, y.id] AS id
    RETURN id
  } AS decreeIds,
  COLLECT { MATCH (a)-[:IMPLEMENTS]->(m:Agreement) RETURN DISTINCT m.id } AS agreementIds
