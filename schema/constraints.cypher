// Constraints and indexes of the agreement graph (docs/graph-model.md explains the model).
// Applied at every start and in test setup by applySchema (src/graph/apply-schema.ts): each
// statement is idempotent (IF NOT EXISTS), statements are separated by ';' at the end of a line.
// Community edition: uniqueness constraints only (no NODE KEY / existence constraints).

// --- Identity: every entity has a stable string id; shared entities also a unique identity key.
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_key IF NOT EXISTS FOR (n:Institution) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_key IF NOT EXISTS FOR (n:Official) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT decree_id IF NOT EXISTS FOR (n:Decree) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decree_key IF NOT EXISTS FOR (n:Decree) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (n:Party) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT clause_id IF NOT EXISTS FOR (n:Clause) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT definition_id IF NOT EXISTS FOR (n:Definition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_document_id IF NOT EXISTS FOR (n:SourceDocument) REQUIRE n.id IS UNIQUE;
// The one node whose token every write transaction renews (src/graph/read-cache.ts).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;

// --- Agreement matching: an edited version is found by its numbers or by its parties and date.
CREATE INDEX agreement_numbers_key IF NOT EXISTS FOR (n:Agreement) ON (n.numbersKey);
CREATE INDEX agreement_parties_date_key IF NOT EXISTS FOR (n:Agreement) ON (n.partiesDateKey);
CREATE INDEX agreement_content_hash IF NOT EXISTS FOR (n:Agreement) ON (n.contentHash);

// --- Filters and ranges of the API (kind, signedOn / expiresOn ranges, loaded vs referenced).
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX agreement_signed_on IF NOT EXISTS FOR (n:Agreement) ON (n.signedOn);
CREATE INDEX agreement_effective_from IF NOT EXISTS FOR (n:Agreement) ON (n.effectiveFrom);
CREATE INDEX agreement_expires_on IF NOT EXISTS FOR (n:Agreement) ON (n.expiresOn);
CREATE INDEX agreement_loaded IF NOT EXISTS FOR (n:Agreement) ON (n.loaded);
CREATE INDEX clause_topic IF NOT EXISTS FOR (n:Clause) ON (n.topic);
CREATE INDEX provision_kind IF NOT EXISTS FOR (n:Provision) ON (n.kind);
CREATE INDEX decree_kind_year IF NOT EXISTS FOR (n:Decree) ON (n.kind, n.year);
CREATE INDEX decree_number IF NOT EXISTS FOR (n:Decree) ON (n.number);
CREATE INDEX official_name_key IF NOT EXISTS FOR (n:Official) ON (n.nameKey);
CREATE INDEX institution_acronym IF NOT EXISTS FOR (n:Institution) ON (n.acronym);
CREATE INDEX source_document_content_hash IF NOT EXISTS FOR (n:SourceDocument) ON (n.contentHash);

// --- Per-agreement evidence on shared facts: replacing or deleting an agreement removes exactly
// the relationships it stated, found through these indexes instead of a scan of every relationship.
CREATE INDEX part_of_agreement IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.agreementId);
CREATE INDEX amends_agreement IF NOT EXISTS FOR ()-[r:AMENDS]-() ON (r.agreementId);
CREATE INDEX appointed_by_agreement IF NOT EXISTS FOR ()-[r:APPOINTED_BY]-() ON (r.agreementId);

// --- Full-text search: clause and provision text, and the names of everything a user looks up.
// Eventually consistent: Lucene indexes after the commit, in the background; every write path
// waits for it before it returns (src/graph/search-index-refresh.ts).
CREATE FULLTEXT INDEX clause_text IF NOT EXISTS
FOR (n:Clause|Provision|Definition) ON EACH [n.heading, n.text, n.term, n.meaning]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Institution|Official|Decree|Agreement) ON EACH [n.name, n.title, n.acronym, n.text]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

// --- Find by number: each agreement's document numbers (numberKeys, written as documentNumberKey
// makes them: case and whitespace dropped), one keyword token per number, so an exact number is
// one index lookup (a range index cannot answer "is this value in the list"). Eventually
// consistent like the two above; the same refresh covers it.
CREATE FULLTEXT INDEX agreement_numbers IF NOT EXISTS
FOR (n:Agreement) ON EACH [n.numberKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: true}};

// --- Nodes owned by one agreement carry its id: replacing or deleting it finds them here.
CREATE INDEX party_agreement IF NOT EXISTS FOR (n:Party) ON (n.agreementId);
CREATE INDEX clause_agreement IF NOT EXISTS FOR (n:Clause) ON (n.agreementId);
CREATE INDEX provision_agreement IF NOT EXISTS FOR (n:Provision) ON (n.agreementId);
CREATE INDEX definition_agreement IF NOT EXISTS FOR (n:Definition) ON (n.agreementId);
