import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../../src/server/routes/export-csv.js';

describe('csvField (RFC 4180)', () => {
  it('leaves plain values as they are and writes null as an empty field', () => {
    expect(csvField('Badan Siber dan Sandi Negara')).toBe('Badan Siber dan Sandi Negara');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes a field holding a comma, quote or line break, doubling quotes', () => {
    expect(csvField('Dinas Kesehatan, Kabupaten Sukamaju')).toBe('"Dinas Kesehatan, Kabupaten Sukamaju"');
    expect(csvField('PT "Maju" (Persero)')).toBe('"PT ""Maju"" (Persero)"');
    expect(csvField('dua\r\nbaris')).toBe('"dua\r\nbaris"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+62 21 123')).toBe("'+62 21 123");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1'); // a number is a number
  });
});

describe('csvText', () => {
  it('writes a header and rows, each line ended by CRLF', () => {
    expect(
      csvText(
        ['agency', 'count'],
        [
          ['A, B', 2],
          ['C', 1],
        ],
      ),
    ).toBe('agency,count\r\n"A, B",2\r\nC,1\r\n');
    expect(csvText(['month', 'count'], [])).toBe('month,count\r\n');
  });
});
