/**
 * The standard articles of the family, each in the wordings the seeds and their siblings
 * use. A clause builder returns the heading, the topic a reader gives it, and paragraphs;
 * {A}/{B} stand for the party labels, {DOC} for "Perjanjian Kerja Sama" (or "Nota
 * Kesepahaman", "Kontrak Kerja Sama"…), {PARA} for "PARA PIHAK".
 */
import type { ClauseTopic } from '../domain/agreement.js';
import { countWithWords } from './indonesian-words.js';
import type { Random } from './random.js';

export interface ItemSpec {
  readonly text: string;
}

export interface ParagraphSpec {
  /** True for "(1)"-numbered paragraphs; false for an unnumbered one. */
  readonly numbered: boolean;
  readonly text: string;
  readonly items: readonly string[];
  /** Which party's provisions these items are, for the ground truth. */
  readonly provisions?: { readonly ordinal: number; readonly kind: 'OBLIGATION' | 'RIGHT' };
  /** Items numbered "1." rather than "a." (definitions). */
  readonly numberedItems?: boolean;
}

export interface ClauseSpec {
  readonly heading: string;
  readonly topic: ClauseTopic;
  readonly paragraphs: readonly ParagraphSpec[];
}

export const HEADINGS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  DEFINITIONS: [
    ['DEFINISI', 5],
    ['KETENTUAN UMUM', 3],
    ['PENGERTIAN', 1],
  ],
  PURPOSE: [
    ['MAKSUD DAN TUJUAN', 9],
    ['TUJUAN', 1],
  ],
  SCOPE: [
    ['RUANG LINGKUP', 9],
    ['OBJEK DAN RUANG LINGKUP', 1],
  ],
  OBLIGATIONS: [
    ['KEWAJIBAN PARA PIHAK', 8],
    ['KEWAJIBAN', 2],
  ],
  RIGHTS: [
    ['HAK PARA PIHAK', 8],
    ['HAK', 2],
  ],
  RIGHTS_AND_OBLIGATIONS: [
    ['HAK DAN KEWAJIBAN', 6],
    ['HAK DAN KEWAJIBAN PARA PIHAK', 4],
  ],
  FUNDING: [
    ['PEMBIAYAAN', 7],
    ['BIAYA', 2],
    ['PENDANAAN', 2],
  ],
  TERM: [
    ['JANGKA WAKTU', 9],
    ['JANGKA WAKTU PERJANJIAN', 1],
    ['MASA BERLAKU', 1],
  ],
  INTELLECTUAL_PROPERTY: [
    ['HAK KEKAYAAN INTELEKTUAL', 8],
    ['HAK ATAS KEKAYAAN INTELEKTUAL', 2],
  ],
  CONFIDENTIALITY: [
    ['KERAHASIAAN', 7],
    ['KERAHASIAAN DAN KEAMANAN DATA', 2],
    ['KERAHASIAAN INFORMASI', 1],
  ],
  RESTRICTIONS: [['PEMBATASAN', 1]],
  FORCE_MAJEURE: [
    ['KEADAAN KAHAR', 8],
    ['FORCE MAJEURE', 1],
    ['KEADAAN MEMAKSA', 2],
  ],
  EVALUATION: [
    ['EVALUASI', 5],
    ['PEMANTAUAN DAN EVALUASI', 4],
    ['MONITORING DAN EVALUASI', 1],
  ],
  DISPUTE_RESOLUTION: [
    ['PENYELESAIAN PERSELISIHAN', 8],
    ['PENYELESAIAN SENGKETA', 2],
  ],
  AMENDMENT: [
    ['PERUBAHAN', 8],
    ['ADENDUM', 1],
    ['PERUBAHAN DAN ADENDUM', 1],
  ],
  CORRESPONDENCE: [
    ['KORESPONDENSI', 7],
    ['KOORDINASI DAN KORESPONDENSI', 2],
    ['KOMUNIKASI DAN KORESPONDENSI', 1],
    ['PEMBERITAHUAN', 1],
  ],
  CLOSING: [
    ['PENUTUP', 8],
    ['KETENTUAN PENUTUP', 2],
  ],
};

export function heading(random: Random, topic: string): string {
  const options = HEADINGS[topic];
  if (!options) throw new Error(`compose-clauses: no headings for ${topic}`);
  return random.weighted(options);
}

const para = (text: string, items: readonly string[] = []): ParagraphSpec => ({
  numbered: true,
  text,
  items,
});
const plain = (text: string, items: readonly string[] = []): ParagraphSpec => ({
  numbered: false,
  text,
  items,
});

export function definitionsClause(random: Random, defs: readonly (readonly [string, string])[]): ClauseSpec {
  const h = heading(random, 'DEFINITIONS');
  const intro =
    h === 'KETENTUAN UMUM'
      ? 'Dalam {DOC} ini yang dimaksud dengan:'
      : 'Sepanjang tidak diartikan lain secara tegas dalam Pasal yang bersangkutan, maka pengertian beberapa istilah dalam {DOC} ini harus ditafsirkan sebagai berikut:';
  const quote = random.chance(0.5);
  const count = random.int(Math.min(3, defs.length), defs.length);
  const chosen = defs.slice(0, count);
  const items = chosen.map(([term, meaning]) =>
    quote ? `“${term}” adalah ${meaning}` : `${term} adalah ${meaning}`,
  );
  return {
    heading: h,
    topic: 'DEFINITIONS',
    paragraphs: [{ numbered: false, text: intro, items, numberedItems: random.chance(0.5) }],
  };
}

export function purposeClause(random: Random, electronic: boolean): ClauseSpec {
  const h = heading(random, 'PURPOSE');
  const v = random.int(electronic ? 0 : 1, 2);
  if (v === 0)
    return {
      heading: h,
      topic: 'PURPOSE',
      paragraphs: [
        para(
          'Maksud {DOC} ini adalah sebagai acuan bagi {PARA} dalam melaksanakan kerja sama {SUBJECT_LC} di lingkungan {A}.',
        ),
        para(
          'Tujuan {DOC} ini adalah terwujudnya penerapan Sistem Elektronik yang aman di lingkungan {A} dalam mewujudkan penyelenggaraan pemerintahan yang baik.',
        ),
      ],
    };
  if (v === 1)
    return {
      heading: h,
      topic: 'PURPOSE',
      paragraphs: [
        para(
          '{DOC} ini dimaksudkan sebagai pedoman bagi {PARA} dalam melaksanakan kerja sama sesuai dengan tugas dan kewenangan {PARA} berdasarkan peraturan perundang-undangan.',
        ),
        para(
          '{DOC} ini bertujuan untuk meningkatkan kerja sama dan koordinasi antara {PARA} dalam rangka kelancaran pelaksanaan tugas, fungsi, dan kewenangan {PARA} sebagaimana dimaksud dalam {DOC} ini.',
        ),
      ],
    };
  return {
    heading: h,
    topic: 'PURPOSE',
    paragraphs: [
      plain(
        'Maksud dan tujuan {DOC} ini adalah untuk mewujudkan sinergi {PARA} dalam {SUBJECT_LC} guna mendukung penyelenggaraan pemerintahan yang efektif, efisien, dan akuntabel.',
      ),
    ],
  };
}

export function scopeClause(random: Random, scope: readonly string[]): ClauseSpec {
  const count = random.int(Math.min(3, scope.length), scope.length);
  const items = scope.slice(0, count);
  return {
    heading: heading(random, 'SCOPE'),
    topic: 'SCOPE',
    paragraphs: [
      plain(
        random.pick([
          'Ruang lingkup kerja sama yang diatur dalam {DOC} ini meliputi:',
          'Ruang lingkup {DOC} ini meliputi:',
          'Ruang lingkup yang diatur dalam {DOC} ini meliputi:',
        ]),
        items,
      ),
    ],
  };
}

export function implementationClause(random: Random): ClauseSpec {
  return {
    heading: random.pick(['PELAKSANAAN', 'PELAKSANAAN KEGIATAN', 'TIM PELAKSANA']),
    topic: 'OTHER',
    paragraphs: [
      para(
        'Untuk melaksanakan {DOC} ini, {PARA} membentuk tim pelaksana yang anggotanya terdiri atas wakil masing-masing PIHAK.',
      ),
      para(
        'Tim pelaksana sebagaimana dimaksud pada ayat (1) bertugas menyusun rencana kerja, melaksanakan kegiatan, dan melaporkan hasil pelaksanaan kegiatan kepada pimpinan masing-masing PIHAK.',
      ),
    ],
  };
}

export function fundingClause(random: Random): ClauseSpec {
  const text = random.pick([
    'Segala biaya yang timbul sebagai akibat dari pelaksanaan {DOC} ini dibebankan kepada anggaran masing-masing PIHAK sesuai tugas, tanggung jawab, dan kewenangan masing-masing PIHAK berdasarkan {DOC} ini dan/atau dari sumber lainnya yang sah sesuai ketentuan peraturan perundang-undangan dan ketentuan yang berlaku di masing-masing PIHAK.',
    'Pendanaan yang timbul dari pelaksanaan {DOC} ini dibebankan kepada anggaran {PARA} sesuai tugas, fungsi, dan tanggung jawab masing-masing PIHAK serta sumber-sumber lain yang sah sesuai dengan ketentuan peraturan perundang-undangan.',
    'Biaya yang diperlukan dalam pelaksanaan {DOC} ini dibebankan pada Anggaran Pendapatan dan Belanja Negara dan/atau Anggaran Pendapatan dan Belanja Daerah sesuai dengan kemampuan keuangan masing-masing PIHAK.',
  ]);
  return { heading: heading(random, 'FUNDING'), topic: 'FUNDING', paragraphs: [plain(text)] };
}

export function intellectualPropertyClause(random: Random): ClauseSpec {
  return {
    heading: heading(random, 'INTELLECTUAL_PROPERTY'),
    topic: 'INTELLECTUAL_PROPERTY',
    paragraphs: [
      para(
        'Hak Kekayaan Intelektual baru yang timbul akibat pelaksanaan {DOC} ini menjadi milik {PARA} berdasarkan kontribusi masing-masing PIHAK.',
      ),
      para(
        'Hak Kekayaan Intelektual yang telah ada sebelum {DOC} ini akan menjadi milik PIHAK yang memilikinya, dan oleh karenanya tidak dapat dianggap dengan cara apapun juga sebagai milik PIHAK lain, atau milik bersama dari PIHAK lainnya.',
      ),
    ],
  };
}

export function confidentialityClause(random: Random): ClauseSpec {
  const h = heading(random, 'CONFIDENTIALITY');
  const paragraphs: ParagraphSpec[] = [
    para(
      '{PARA} sepakat untuk menjaga kerahasiaan segala data, informasi, dan keterangan yang diperoleh berkaitan dengan pelaksanaan {DOC} ini, kecuali informasi yang sifatnya sudah diketahui oleh umum atau sepatutnya dikategorikan sebagai informasi yang dapat diketahui oleh masyarakat luas atau berdasarkan ketentuan peraturan perundang-undangan.',
    ),
    para(
      '{PARA} tidak akan membuka kerahasiaan sebagaimana dimaksud pada ayat (1) kepada pihak lain manapun, tanpa persetujuan tertulis dari PIHAK lainnya.',
    ),
  ];
  if (random.chance(0.5))
    paragraphs.push(
      para(
        'Masing-masing PIHAK dilarang mengungkapkan atau memberikan data, informasi atau dokumen dalam bentuk apapun yang diperoleh {PARA} karena adanya {DOC} ini kecuali:',
        [
          'ada persetujuan dari {PARA};',
          'ada perintah dari Pengadilan atau instansi lain yang berwenang; dan/atau',
          'ditetapkan sebaliknya oleh peraturan perundang-undangan.',
        ],
      ),
    );
  paragraphs.push(
    para('Ketentuan kerahasiaan akan terus berlangsung dan mengikat {PARA}, meskipun {DOC} ini berakhir.'),
  );
  return { heading: h, topic: 'CONFIDENTIALITY', paragraphs };
}

export function restrictionsClause(random: Random): ClauseSpec {
  return {
    heading: heading(random, 'RESTRICTIONS'),
    topic: 'RESTRICTIONS',
    paragraphs: [
      para(
        '{PARA} sepakat untuk membatasi kegiatannya terhadap Perangkat Lunak dengan tidak melakukan dan tidak mengizinkan serta melarang pihak lain untuk:',
        [
          'menyalin, memodifikasi, membuat karya turunan atau mendistribusikan Perangkat Lunak;',
          'melakukan rekayasa balik (reverse engineering), menerjemahkan, membongkar, mendekompilasi, atau berupaya menemukan kode sumber atau struktur, urutan dan organisasi Perangkat Lunak; atau',
          'menyewakan, mengalihkan atau menggunakan perangkat lunak untuk tujuan komersial.',
        ],
      ),
      para(
        'Apabila salah satu PIHAK bermaksud melakukan kegiatan pembatasan sebagaimana dimaksud ayat (1), maka harus mendapatkan izin secara tertulis dari PIHAK lainnya.',
      ),
    ],
  };
}

export function forceMajeureClause(random: Random): ClauseSpec {
  return {
    heading: heading(random, 'FORCE_MAJEURE'),
    topic: 'FORCE_MAJEURE',
    paragraphs: [
      para(
        '{PARA} dibebaskan dari tanggung jawab atas kegagalan atau keterlambatan dalam melaksanakan kewajibannya berdasarkan {DOC} ini yang disebabkan oleh hal-hal di luar kemampuan yang wajar dari {PARA} dan bukan disebabkan kesalahan salah satu PIHAK atau {PARA}, yang selanjutnya dalam {DOC} ini disebut “Keadaan Kahar”.',
      ),
      para(
        'Keadaan Kahar sebagaimana dimaksud pada ayat (1) meliputi bencana alam, perubahan peraturan perundang-undangan nasional, dan keadaan keamanan yang tidak mengizinkan.',
      ),
      para(
        `PIHAK yang mengalami keadaan kahar harus memberitahukan PIHAK lainnya secara lisan dalam waktu ${random.pick(['48 (empat puluh delapan) jam', '2 (dua) hari kerja'])} dan diikuti dengan pemberitahuan secara tertulis selambat-lambatnya dalam waktu 7 (tujuh) hari kerja sejak kejadian Keadaan Kahar tersebut terjadi disertai dengan bukti atau keterangan resmi dari pihak yang berwajib.`,
      ),
      para(
        'Segala kerugian dan biaya yang dikeluarkan salah satu PIHAK sebagai akibat Keadaan Kahar dalam pelaksanaan {DOC} ini tidak menjadi tanggung jawab PIHAK lainnya.',
      ),
    ],
  };
}

export function evaluationClause(random: Random): ClauseSpec {
  const h = heading(random, 'EVALUATION');
  const first = `${h === 'EVALUASI' ? 'Evaluasi' : 'Pemantauan dan evaluasi'} atas pelaksanaan {DOC} ini ${random.pick(['wajib', 'dapat'])} dilaksanakan secara periodik paling sedikit 1 (satu) kali dalam 1 (satu) tahun oleh {PARA}.`;
  if (random.chance(0.5)) return { heading: h, topic: 'EVALUATION', paragraphs: [plain(first)] };
  return {
    heading: h,
    topic: 'EVALUATION',
    paragraphs: [
      para(first),
      para(
        'Hasil evaluasi sebagaimana diatur dalam ayat (1) menjadi bahan untuk perbaikan pelaksanaan {DOC} ini.',
      ),
    ],
  };
}

export function disputeClause(random: Random): ClauseSpec {
  const h = heading(random, 'DISPUTE_RESOLUTION');
  const first =
    'Apabila di dalam pelaksanaan {DOC} ini timbul perselisihan, {PARA} sepakat untuk menyelesaikannya secara musyawarah untuk mufakat.';
  if (random.chance(0.5)) return { heading: h, topic: 'DISPUTE_RESOLUTION', paragraphs: [plain(first)] };
  return {
    heading: h,
    topic: 'DISPUTE_RESOLUTION',
    paragraphs: [
      para(first),
      para(
        'Apabila cara penyelesaian perselisihan sebagaimana dimaksud pada ayat (1) tidak membawa hasil yang diharapkan, {PARA} sepakat untuk menyelesaikannya melalui mediasi yaitu masing-masing PIHAK akan menunjuk seorang wakilnya dan seorang Mediator yang ditunjuk bersama oleh {PARA}.',
      ),
    ],
  };
}

export function amendmentClause(random: Random): ClauseSpec {
  const h = heading(random, 'AMENDMENT');
  const first =
    'Segala perubahan, penambahan, penghapusan, pembaharuan, dan/atau pengesampingan terhadap ketentuan dalam {DOC} ini akan dituangkan secara tertulis dalam bentuk Adendum yang disepakati oleh {PARA} dan merupakan bagian yang tidak terpisahkan dari {DOC} ini.';
  if (random.chance(0.7)) return { heading: h, topic: 'AMENDMENT', paragraphs: [plain(first)] };
  return {
    heading: h,
    topic: 'AMENDMENT',
    paragraphs: [
      para(first),
      para(
        'Bila salah satu PIHAK akan melakukan perubahan terhadap isi {DOC} ini maka PIHAK yang akan melakukan perubahan tersebut harus memberitahukan kepada PIHAK lainnya selambat-lambatnya 45 (empat puluh lima) hari kerja sebelum perubahan tersebut akan dilaksanakan.',
      ),
    ],
  };
}

export function otherClause(random: Random): ClauseSpec {
  return {
    heading: 'LAIN-LAIN',
    topic: 'OTHER',
    paragraphs: [
      plain(
        random.pick([
          'Hal-hal yang belum diatur atau belum cukup diatur dalam {DOC} ini akan diatur kemudian oleh {PARA} berdasarkan musyawarah untuk mufakat.',
          'Pelaksanaan {DOC} ini tidak mengurangi tugas dan fungsi masing-masing PIHAK sesuai ketentuan peraturan perundang-undangan.',
        ]),
      ),
    ],
  };
}

export function closingClause(random: Random, electronic: boolean): ClauseSpec {
  const text = electronic
    ? '{DOC} ini dibuat dan ditandatangani secara elektronik oleh {PARA} dan mempunyai kekuatan hukum yang sama dengan tanda tangan basah sesuai dengan peraturan perundang-undangan.'
    : `{DOC} ini dibuat dalam rangkap ${countWithWords(2)} asli, masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama, ditandatangani oleh {PARA} dan berlaku sejak tanggal ditandatangani.`;
  return { heading: heading(random, 'CLOSING'), topic: 'CLOSING', paragraphs: [plain(text)] };
}
