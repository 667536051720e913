import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONSTRAINTS_FILE,
  fullTextIndexNames,
  splitCypherStatements,
} from '../../../src/graph/apply-schema.js';

describe('splitCypherStatements', () => {
  it('drops comments and blank lines and joins a statement spread over lines', () => {
    expect(
      splitCypherStatements('// a comment\nCREATE INDEX a IF NOT EXISTS\nFOR (n:X) ON (n.y);\n\nRETURN 1;\n'),
    ).toEqual(['CREATE INDEX a IF NOT EXISTS\nFOR (n:X) ON (n.y)', 'RETURN 1']);
  });

  it('keeps a last statement without a semicolon', () => {
    expect(splitCypherStatements('RETURN 1;\nRETURN 2')).toEqual(['RETURN 1', 'RETURN 2']);
  });
});

describe('schema/constraints.cypher', () => {
  const statements = splitCypherStatements(readFileSync(CONSTRAINTS_FILE, 'utf8'));

  it('is idempotent: every statement says IF NOT EXISTS', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s).toMatch(/ IF NOT EXISTS/);
  });

  it('makes the id of every entity unique', () => {
    for (const label of [
      'Institution',
      'Official',
      'Decree',
      'Agreement',
      'Party',
      'Clause',
      'Provision',
      'Definition',
      'SourceDocument',
    ]) {
      expect(
        statements.some((s) => s.includes(`(n:${label}) REQUIRE n.id IS UNIQUE`)),
        label,
      ).toBe(true);
    }
  });
});

describe('fullTextIndexNames', () => {
  it('names the full-text indexes of schema/constraints.cypher, and nothing else', () => {
    const statements = splitCypherStatements(readFileSync(CONSTRAINTS_FILE, 'utf8'));
    expect(fullTextIndexNames(statements)).toEqual(['clause_text', 'entity_names', 'agreement_numbers']);
    expect(fullTextIndexNames(['CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.y)'])).toEqual([]);
  });
});
