/**
 * Every Cypher statement of the write side, named and parameterised: the look-ups a writer
 * makes before it writes, the removal of an agreement's content, and the write statements.
 * Nothing here is built from strings at run time: values travel only as parameters, so no
 * document text can change a query. The model these statements maintain is described in
 * docs/graph-model.md; each statement's row is typed in statement-rows.ts, and the full text
 * of every statement is snapshot-tested (test/unit/graph/write/write-statements.test.ts).
 */

/** Agreements an incoming document may be a version of: same numbers, or same parties and signing date. */
export const FIND_AGREEMENT_CANDIDATES = `
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
ORDER BY id`;

/** The agreement already loaded from exactly this text, if any. */
export const FIND_AGREEMENT_BY_CONTENT_HASH = `
CYPHER replan=skip
MATCH (a:Agreement {contentHash: $contentHash}) USING INDEX a:Agreement(contentHash)
WHERE a.loaded = true
RETURN a.id AS id
LIMIT 1`;

/** Whether an agreement with this id is loaded (false for a referenced-only MoU, no row when absent). */
export const FIND_AGREEMENT_LOADED = `
CYPHER replan=skip
MATCH (a:Agreement {id: $agreementId})
RETURN coalesce(a.loaded, false) AS loaded`;

/** An agreement known by its numbers (the target of IMPLEMENTS, loaded or referenced-only). */
export const FIND_AGREEMENT_BY_NUMBERS = `
CYPHER replan=skip
MATCH (a:Agreement {numbersKey: $numbersKey}) USING INDEX a:Agreement(numbersKey)
RETURN a.id AS id
ORDER BY a.loaded DESC, id
LIMIT 1`;

/**
 * For each sha256, the loaded agreement read from exactly that text (the bulk load's first
 * and, when nothing changed, only query: one read for a whole batch of documents).
 */
export const FIND_AGREEMENTS_BY_CONTENT_HASHES = `
CYPHER replan=skip
UNWIND $contentHashes AS contentHash
MATCH (a:Agreement {contentHash: contentHash}) USING INDEX a:Agreement(contentHash)
WHERE a.loaded = true
WITH contentHash, min(a.id) AS id
RETURN contentHash, id`;

/**
 * For each sha256, the identity keys and signing date of the loaded agreement read from it:
 * a seed run compares files already loaded with new ones without reading them again.
 */
export const FIND_AGREEMENT_KEYS_BY_CONTENT_HASHES = `
CYPHER replan=skip
UNWIND $contentHashes AS contentHash
MATCH (a:Agreement {contentHash: contentHash}) USING INDEX a:Agreement(contentHash)
WHERE a.loaded = true
WITH contentHash, a ORDER BY a.id
WITH contentHash, collect(a)[0] AS a
RETURN contentHash, a.numbersKey AS numbersKey, coalesce(a.numberKeys, []) AS numberKeys,
       a.partiesDateKey AS partiesDateKey,
       toString(a.signedOn) AS signedOn, coalesce(a.numbers, []) AS numbers`;

/**
 * For a batch of incoming documents: which of their numbers keys and parties-and-date keys
 * some agreement already has, and the agreement each implemented MoU's numbers lead to
 * (loaded first, then lowest id: the choice FIND_AGREEMENT_BY_NUMBERS makes).
 */
export const FIND_BATCH_CANDIDATE_KEYS = `
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
RETURN via, key, id`;

/**
 * The shared nodes an agreement's content touches, read before that content is removed, so
 * the ones nothing else refers to afterwards can be deleted (no orphans after an update).
 */
export const COLLECT_AGREEMENT_NEIGHBOURS = `
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
  COLLECT { MATCH (a)-[:IMPLEMENTS]->(m:Agreement) RETURN DISTINCT m.id } AS agreementIds`;

/** Nodes that belong to one agreement: they carry its id, so this finds them through indexes. */
export const DELETE_AGREEMENT_OWNED_NODES = `
CALL () {
  MATCH (n:Provision {agreementId: $agreementId}) RETURN n
  UNION ALL
  MATCH (n:Party {agreementId: $agreementId}) RETURN n
  UNION ALL
  MATCH (n:Clause {agreementId: $agreementId}) RETURN n
  UNION ALL
  MATCH (n:Definition {agreementId: $agreementId}) RETURN n
}
DETACH DELETE n
RETURN count(*) AS deleted`;

/** Facts about shared nodes that this agreement stated (one relationship per stating agreement). */
export const DELETE_AGREEMENT_EVIDENCE = `
CALL () {
  MATCH ()-[r:PART_OF]->() WHERE r.agreementId = $agreementId RETURN r
  UNION ALL
  MATCH ()-[r:AMENDS]->() WHERE r.agreementId = $agreementId RETURN r
  UNION ALL
  MATCH ()-[r:APPOINTED_BY]->() WHERE r.agreementId = $agreementId RETURN r
}
DELETE r
RETURN count(*) AS deleted`;

/** The agreement's own links and its source document; the Agreement node itself stays. */
export const DELETE_AGREEMENT_LINKS = `
MATCH (a:Agreement {id: $agreementId})
CALL (a) {
  OPTIONAL MATCH (a)-[:FROM_SOURCE]->(s:SourceDocument)
  DETACH DELETE s
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:LEGAL_BASIS|CITES|IMPLEMENTS|DEFINES]->()
  DELETE r
}
RETURN a.id AS id`;

/** Deletes the Agreement node itself (after its content), unless another agreement implements it. */
export const DELETE_OR_DEMOTE_AGREEMENT = `
MATCH (a:Agreement {id: $agreementId})
WITH a, EXISTS { ()-[:IMPLEMENTS]->(a) } AS referenced
CALL (a, referenced) {
  WITH a, referenced WHERE referenced
  // Still named by another agreement: keep what identifies it, as a referenced-only agreement.
  SET a = {id: a.id, kind: a.kind, title: a.title, numbers: a.numbers, numbersKey: a.numbersKey,
           numberKeys: a.numberKeys, loaded: false}
}
CALL (a, referenced) {
  WITH a, referenced WHERE NOT referenced
  DETACH DELETE a
}
RETURN referenced`;

/** Shared nodes the removed content touched and nothing refers to any more. */
export const DELETE_ORPHANS = `
CALL () {
  UNWIND $institutionIds AS id
  MATCH (n:Institution {id: id}) WHERE NOT (n)--() RETURN n
  UNION ALL
  UNWIND $officialIds AS id
  MATCH (n:Official {id: id}) WHERE NOT (n)--() RETURN n
  UNION ALL
  UNWIND $decreeIds AS id
  MATCH (n:Decree {id: id}) WHERE NOT (n)--() RETURN n
  UNION ALL
  UNWIND $agreementIds AS id
  MATCH (n:Agreement {id: id}) WHERE n.loaded = false AND NOT ()-[:IMPLEMENTS]->(n) RETURN n
}
DETACH DELETE n
RETURN count(*) AS deleted`;

/**
 * Agency or unit: an institution is a :Unit while some agreement says it is part of another,
 * and an :Agency (top-level body) otherwise. Labels, not a property, so "agencies" is a plain
 * label scan and every query on agencies reads the same way.
 */
export const REFRESH_INSTITUTION_LABELS = `
CYPHER replan=skip
UNWIND $institutionIds AS id
MATCH (i:Institution {id: id})
WITH i, EXISTS { (i)-[:PART_OF]->() } AS isUnit
CALL (i, isUnit) {
  WITH i, isUnit WHERE isUnit
  SET i:Unit REMOVE i:Agency
}
CALL (i, isUnit) {
  WITH i, isUnit WHERE NOT isUnit
  SET i:Agency REMOVE i:Unit
}
RETURN count(i) AS refreshed`;

/**
 * The write statements below take `$rows`, each row carrying the `agreementId` and `sourceId`
 * it belongs to, so one statement writes one agreement (the single-document load) or hundreds
 * (the bulk load) with the same Cypher. Rows are applied in order: shared entities fold their
 * spellings exactly as if the documents had been loaded one after another.
 *
 * `CYPHER replan=skip`: every node these statements look up or merge is found by a uniqueness
 * constraint (id or key), so the plan does not depend on how big the graph is. Without it, a
 * bulk load into a growing graph had Neo4j re-plan them each time its statistics drifted (every
 * 10 s at most): a profile of the JVM during a 1,000-agreement load put 16-27 % of its CPU in
 * planning, and with it skipped the load took about half the database CPU (docs/loading.md).
 * REFRESH_INSTITUTION_LABELS carries it too, and so do the look-ups above (FIND_*): each seeks an
 * agreement by its id, content hash, numbers key or parties-and-date key, all near-unique, and
 * names that index (`USING INDEX`), so its plan cannot depend on the data either (without the
 * hint a plan made on an empty graph could be a label scan, kept for good). Re-planned, they
 * took about a tenth of the database's CPU in a 10,000-agreement first build (docs/loading.md).
 */
export const UPSERT_AGREEMENTS = `
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Agreement {id: row.agreementId})
SET a += row.properties,
    a.signedOn = date(row.signedOn),
    a.effectiveFrom = date(row.effectiveFrom),
    a.expiresOn = date(row.expiresOn),
    a.numbersKey = row.numbersKey,
    a.numberKeys = row.numberKeys,
    a.partiesDateKey = row.partiesDateKey,
    a.sourceId = row.sourceId,
    a.loaded = true
MERGE (s:SourceDocument {id: row.source.id})
SET s.name = row.source.name,
    s.contentHash = row.source.contentHash,
    s.loadedAt = datetime(row.source.loadedAt),
    s.text = row.source.text,
    s.length = size(row.source.text),
    s.textHash = row.source.textHash,
    s.mediaType = row.source.mediaType,
    s.pageCount = row.source.pageCount,
    s.ocrPages = row.source.ocrPages,
    s.pageStarts = row.source.pageStarts
MERGE (a)-[:FROM_SOURCE]->(s)
RETURN count(a) AS written`;

/**
 * Institutions merge on their identity key. The display name prefers a mixed-case spelling
 * over an all-capitals one (title blocks shout); every spelling seen is kept in `names`.
 */
export const UPSERT_INSTITUTIONS = `
CYPHER replan=skip
UNWIND $rows AS row
MERGE (i:Institution {key: row.key})
ON CREATE SET i.id = row.id, i.name = row.name, i.names = [row.name], i.acronym = row.acronym
ON MATCH SET
  i.name = CASE WHEN i.name = toUpper(i.name) AND row.name <> toUpper(row.name) THEN row.name ELSE i.name END,
  i.names = CASE WHEN row.name IN i.names THEN i.names ELSE i.names + row.name END,
  i.acronym = coalesce(i.acronym, row.acronym)
RETURN count(i) AS written`;

export const CREATE_UNIT_LINKS = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (u:Institution {key: row.unitKey})
MATCH (ag:Institution {key: row.agencyKey})
CREATE (u)-[:PART_OF {agreementId: row.agreementId, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(ag)
RETURN count(*) AS written`;

export const UPSERT_OFFICIALS = `
CYPHER replan=skip
UNWIND $rows AS row
MERGE (o:Official {key: row.key})
ON CREATE SET o.id = row.id, o.nameKey = row.nameKey, o.name = row.name, o.names = [row.name],
              o.honorifics = row.honorifics, o.identityNote = row.identityNote
ON MATCH SET
  o.name = CASE WHEN o.name = toUpper(o.name) AND row.name <> toUpper(row.name) THEN row.name ELSE o.name END,
  o.names = CASE WHEN row.name IN o.names THEN o.names ELSE o.names + row.name END,
  o.honorifics = o.honorifics + [h IN row.honorifics WHERE NOT h IN o.honorifics],
  o.identityNote = coalesce(o.identityNote, row.identityNote)
RETURN count(o) AS written`;

/** Decrees merge on their key; a later mention only fills what earlier ones left empty. */
export const UPSERT_DECREES = `
CYPHER replan=skip
UNWIND $rows AS row
MERGE (d:Decree {key: row.key})
ON CREATE SET d.id = row.id, d.kind = row.kind, d.issuer = row.issuer, d.number = row.number,
              d.year = row.year, d.date = date(row.date), d.title = row.title, d.gazette = row.gazette,
              d.text = row.text
ON MATCH SET d.issuer = coalesce(d.issuer, row.issuer), d.date = coalesce(d.date, date(row.date)),
             d.title = coalesce(d.title, row.title), d.gazette = coalesce(d.gazette, row.gazette)
RETURN count(d) AS written`;

/**
 * A party is the signing of one agreement: who (SIGNED_BY), for which body (ACTS_FOR), under
 * which agency (OF_AGENCY, the top-level body, so agency queries need no PART_OF walk), on
 * behalf of which body when the office says so (ON_BEHALF_OF), in which position (property),
 * appointed under which decree (APPOINTED_UNDER). The person-level fact "appointed by this
 * decree to this position" is APPOINTED_BY, with the agreement as evidence. A link whose value
 * was not read (redacted, a placeholder) or only by a weak rule is simply absent: a party with
 * no signatory has no SIGNED_BY, and no shared Official stands for a name nobody read.
 */
export const CREATE_PARTIES = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
CREATE (p:Party {id: row.id})
SET p += row.properties,
    p.ordinal = row.ordinal, p.position = row.position, p.agreementId = row.agreementId,
    p.sourceId = row.sourceId, p.spanStart = row.spanStart, p.spanEnd = row.spanEnd
CREATE (a)-[:HAS_PARTY {ordinal: row.ordinal, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(p)
WITH p, row
OPTIONAL MATCH (i:Institution {key: row.institutionKey})
OPTIONAL MATCH (ag:Institution {key: row.agencyKey})
OPTIONAL MATCH (b:Institution {key: row.onBehalfOfKey})
OPTIONAL MATCH (o:Official {key: row.officialKey})
FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END |
  CREATE (p)-[:ACTS_FOR {sourceId: row.sourceId, spanStart: row.institutionSpan[0], spanEnd: row.institutionSpan[1]}]->(i))
FOREACH (_ IN CASE WHEN ag IS NULL THEN [] ELSE [1] END |
  CREATE (p)-[:OF_AGENCY {sourceId: row.sourceId, spanStart: row.agencySpan[0], spanEnd: row.agencySpan[1]}]->(ag))
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END |
  CREATE (p)-[:ON_BEHALF_OF {sourceId: row.sourceId, spanStart: row.onBehalfOfSpan[0], spanEnd: row.onBehalfOfSpan[1]}]->(b))
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END |
  CREATE (p)-[:SIGNED_BY {sourceId: row.sourceId, spanStart: row.signatorySpan[0], spanEnd: row.signatorySpan[1]}]->(o))
WITH p, o, i, row
CALL (p, o, i, row) {
  WITH p, o, i, row WHERE row.decreeKey IS NOT NULL
  MATCH (d:Decree {key: row.decreeKey})
  CREATE (p)-[:APPOINTED_UNDER {sourceId: row.sourceId, spanStart: row.appointmentSpan[0], spanEnd: row.appointmentSpan[1]}]->(d)
  FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END |
    CREATE (o)-[:APPOINTED_BY {agreementId: row.agreementId, partyId: p.id, position: row.position, institutionId: i.id,
                               sourceId: row.sourceId, spanStart: row.appointmentSpan[0], spanEnd: row.appointmentSpan[1]}]->(d))
}
RETURN count(p) AS written`;

export const CREATE_CLAUSES = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
CREATE (c:Clause {id: row.id})
SET c.agreementId = row.agreementId, c.sourceId = row.sourceId, c.ordinal = row.ordinal, c.number = row.number,
    c.heading = row.heading, c.topic = row.topic, c.text = row.text, c.paragraphs = row.paragraphs,
    c.paragraphCount = row.paragraphCount, c.spanStart = row.spanStart, c.spanEnd = row.spanEnd
CREATE (a)-[:HAS_CLAUSE {ordinal: row.ordinal, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(c)
RETURN count(c) AS written`;

/** Obligations and rights hang from the party they fall on and from the clause they were read in. */
export const CREATE_PROVISIONS = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Party {id: row.partyId})
CREATE (pr:Provision {id: row.id})
SET pr.agreementId = row.agreementId, pr.sourceId = row.sourceId, pr.kind = row.kind, pr.ordinal = row.ordinal,
    pr.label = row.label, pr.text = row.text, pr.source = row.source, pr.clauseNumber = row.clauseNumber,
    pr.spanStart = row.spanStart, pr.spanEnd = row.spanEnd
FOREACH (_ IN CASE WHEN row.kind = 'OBLIGATION' THEN [1] ELSE [] END |
  CREATE (p)-[:HAS_OBLIGATION {sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(pr))
FOREACH (_ IN CASE WHEN row.kind = 'RIGHT' THEN [1] ELSE [] END |
  CREATE (p)-[:HAS_RIGHT {sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(pr))
WITH pr, row
CALL (pr, row) {
  WITH pr, row WHERE row.clauseId IS NOT NULL
  MATCH (c:Clause {id: row.clauseId})
  CREATE (c)-[:HAS_PROVISION {sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(pr)
}
RETURN count(pr) AS written`;

export const CREATE_LEGAL_BASES = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
MATCH (d:Decree {key: row.decreeKey})
CREATE (a)-[:LEGAL_BASIS {ordinal: row.ordinal, text: row.text, sourceId: row.sourceId,
                          spanStart: row.spanStart, spanEnd: row.spanEnd}]->(d)
RETURN count(*) AS written`;

export const CREATE_CITATIONS = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
MATCH (d:Decree {key: row.decreeKey})
CREATE (a)-[:CITES {ordinal: row.ordinal, article: row.article, clauseNumber: row.clauseNumber, text: row.text,
                    sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(d)
RETURN count(*) AS written`;

export const CREATE_AMENDMENTS = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (x:Decree {key: row.amendingKey})
MATCH (y:Decree {key: row.amendedKey})
CREATE (x)-[:AMENDS {agreementId: row.agreementId, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(y)
RETURN count(*) AS written`;

export const CREATE_DEFINITIONS = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
CREATE (d:Definition {id: row.id})
SET d.agreementId = row.agreementId, d.sourceId = row.sourceId, d.ordinal = row.ordinal, d.term = row.term,
    d.meaning = row.meaning, d.spanStart = row.spanStart, d.spanEnd = row.spanEnd
CREATE (a)-[:DEFINES {ordinal: row.ordinal, sourceId: row.sourceId, spanStart: row.spanStart, spanEnd: row.spanEnd}]->(d)
RETURN count(d) AS written`;

/**
 * The MoU is an Agreement too: referenced-only (loaded = false) until its own text is loaded.
 * Each row names the target's id, already resolved (an existing agreement with its numbers, or minted).
 */
export const CREATE_IMPLEMENTS = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Agreement {id: row.agreementId})
MERGE (m:Agreement {id: row.target.id})
ON CREATE SET m.loaded = false, m.kind = row.target.kind, m.title = row.target.title, m.numbers = row.target.numbers,
              m.numbersKey = row.target.numbersKey, m.numberKeys = row.target.numberKeys
CREATE (a)-[:IMPLEMENTS {sourceId: row.sourceId, spanStart: row.target.spanStart, spanEnd: row.target.spanEnd}]->(m)
RETURN count(*) AS written`;
