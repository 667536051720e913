import { describe, expect, it } from 'vitest';
import { infoOf } from '../../helpers/resolve-info.js';
import { selectsPath } from '../../../src/graphql/selects-path.js';

const PARTIES = ['edges', 'node', 'parties'];

describe('selectsPath', () => {
  it('follows fields by name, whatever their alias', () => {
    expect(selectsPath(infoOf('{ agreements { edges { node { parties { label } } } } }'), PARTIES)).toBe(
      true,
    );
    expect(
      selectsPath(infoOf('{ agreements { e: edges { n: node { p: parties { label } } } } }'), PARTIES),
    ).toBe(true);
    expect(selectsPath(infoOf('{ agreements { edges { node { id } } totalCount } }'), PARTIES)).toBe(false);
    expect(selectsPath(infoOf('{ agreements { totalCount } }'), PARTIES)).toBe(false);
  });

  it('looks inside fragment spreads and inline fragments', () => {
    const spread = `{ agreements { ...Page } }
      fragment Page on AgreementConnection { edges { ...Edge } }
      fragment Edge on AgreementEdge { node { parties { label } } }`;
    expect(selectsPath(infoOf(spread), PARTIES)).toBe(true);
    const inline = '{ agreements { edges { node { ... on Agreement { parties { label } } } } } }';
    expect(selectsPath(infoOf(inline), PARTIES)).toBe(true);
    const elsewhere = `{ agreements { edges { node { id } } } }
      fragment Unused on Agreement { parties { label } }`;
    expect(selectsPath(infoOf(elsewhere), PARTIES)).toBe(false);
  });

  it('reads one-level paths (a search hit’s agreement)', () => {
    expect(selectsPath(infoOf('{ search(text: "x") { id agreement { title } } }'), ['agreement'])).toBe(true);
    expect(selectsPath(infoOf('{ search(text: "x") { id } }'), ['clause'])).toBe(false);
  });
});
