import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../../../src/intake/drop-page-furniture.js';
import { layoutPageText, type TextRun } from '../../../src/intake/layout-page-text.js';

const run = (text: string, x: number, y: number, size = 10): TextRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});

describe('layoutPageText', () => {
  it('puts runs written out of order back into lines, top to bottom, left to right', () => {
    const runs = [run('kedua', 100, 687), run('Baris', 56, 700), run('satu', 90, 700), run('Baris', 56, 687)];
    expect(layoutPageText(runs)).toEqual(['Baris satu', 'Baris kedua']);
  });

  it('keeps a form of labels and values on one line each (not two columns)', () => {
    const rows = [
      ['Nama', 'dr. SITI AMINAH, M.Kes'],
      ['Jabatan', 'Direktur RSUD Sukamaju yang berkedudukan di Jalan Merdeka'],
      ['Alamat', 'Jalan Merdeka Nomor 1, Sukamaju'],
    ];
    const runs = rows.flatMap(([label, value], i) => [
      run(label!, 56, 700 - i * 13),
      run(':', 150, 700 - i * 13),
      run(value!, 300, 700 - i * 13),
    ]);
    expect(layoutPageText(runs)).toEqual([
      'Nama : dr. SITI AMINAH, M.Kes',
      'Jabatan : Direktur RSUD Sukamaju yang berkedudukan di Jalan Merdeka',
      'Alamat : Jalan Merdeka Nomor 1, Sukamaju',
    ]);
  });
});

describe('dropPageFurniture', () => {
  it('drops page numbers and a running header, and keeps headings that differ by number', () => {
    const pages = [
      ['PKS Dinas Kesehatan - RSUD', 'Pasal 5', 'isi satu', '- 1 -'],
      ['PKS Dinas Kesehatan - RSUD', 'Pasal 7', 'isi dua', 'Halaman 2 dari 3'],
      ['PKS Dinas Kesehatan - RSUD', 'isi tiga', 'Page 3 of 3'],
    ];
    expect(dropPageFurniture(pages)).toEqual([['Pasal 5', 'isi satu'], ['Pasal 7', 'isi dua'], ['isi tiga']]);
  });

  it('keeps a line repeated on fewer than half the pages', () => {
    const pages = [['Catatan', 'a'], ['b'], ['c'], ['Catatan', 'd'], ['e']];
    expect(dropPageFurniture(pages)).toEqual([['Catatan', 'a'], ['b'], ['c'], ['Catatan', 'd'], ['e']]);
  });
});
