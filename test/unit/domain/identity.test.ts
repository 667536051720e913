import { describe, expect, it } from 'vitest';
import {
  agreementIdentityKey,
  documentNumberKey,
  documentNumberKeys,
  implementedIdentityKey,
  instrumentKeyOf,
  numbersKey,
  officialIdentity,
} from '../../../src/domain/identity.js';
import { instrumentKey } from '../../../src/parsing/identity.js';

describe('the identity rules parsing and the graph share', () => {
  it('folds case and whitespace of a document number, and ignores the order of a set', () => {
    expect(documentNumberKey('PERJ.206 / BSSN / SU / HK.07.02/05/2023')).toBe(
      'PERJ.206/BSSN/SU/HK.07.02/05/2023',
    );
    expect(documentNumberKeys(['045/PKS/ 2024', ' ', 'perj.1/bssn'])).toEqual([
      '045/PKS/2024',
      'PERJ.1/BSSN',
    ]);
    expect(numbersKey(['perj.1/bssn', '045/PKS/2024'])).toBe(numbersKey(['045/PKS/2024', 'PERJ.1/BSSN']));
    expect(numbersKey(['', '  '])).toBeNull();
  });

  it('mints an agreement from its numbers, else its parties and date, else its text', () => {
    expect(agreementIdentityKey('A + B', 'x @ 2024-01-01', 'ff')).toBe('A + B');
    expect(agreementIdentityKey(null, 'x @ 2024-01-01', 'ff')).toBe('x @ 2024-01-01');
    expect(agreementIdentityKey(null, null, 'ff')).toBe('text:ff');
    expect(implementedIdentityKey(null, 'A + B', 'Nota Kesepahaman')).toBe(
      'implements:A + B:Nota Kesepahaman',
    );
  });

  it('merges a single-word name only within one agency (SUHANTO of Kementerian Perdagangan)', () => {
    expect(officialIdentity('suhanto', 'kementerian perdagangan')).toEqual({
      key: 'suhanto@kementerian perdagangan',
      shared: false,
    });
    expect(officialIdentity('yb susilo wibowo', 'badan siber dan sandi negara')).toEqual({
      key: 'yb susilo wibowo',
      shared: true,
    });
  });

  it('keys an instrument by kind, issuer, number and year, and a code by the code it names', () => {
    expect(
      instrumentKeyOf({
        kind: 'KEPUTUSAN_PRESIDEN',
        issuerKey: '',
        number: '171/ TPA',
        year: 2020,
        codeKey: null,
      }),
    ).toBe('KEPUTUSAN_PRESIDEN||171/TPA|2020');
    expect(
      instrumentKeyOf({ kind: 'KITAB', issuerKey: '', number: null, year: null, codeKey: 'kuhperdata' }),
    ).toBe('KITAB|||kuhperdata');
    // The parser's key is built by the same rule, its issuer normalised by the parser's tables.
    expect(
      instrumentKey({
        kind: 'PERATURAN_MENTERI',
        issuer: 'Menteri Hukum Republik Indonesia',
        number: '1',
        year: 2024,
      }),
    ).toBe('PERATURAN_MENTERI|menteri hukum|1|2024');
    expect(
      instrumentKey({
        kind: 'KITAB',
        issuer: null,
        number: null,
        year: null,
        title: 'Kitab Undang-Undang Hukum Perdata',
      }),
    ).toBe('KITAB|||kuhperdata');
  });
});
