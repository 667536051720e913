/**
 * Composes one agreement in the shapes of ../shared/REAL-WORLD.md: other issuers (regional
 * offices, hospitals, police, election bodies, universities, companies, foundations), three
 * parties, party blocks as forms, name-first or institution-first, labels in every spelling
 * or none, acts-for, drafts, placeholders and redactions, empty and skeleton numbers, the
 * dates that are not the signing date, places from venues, regional legal bases.
 *
 * The ground truth is what a careful paralegal reads, nulls included: a value the text does
 * not give with confidence is null, never guessed. Each choice is also recorded as a shape
 * tag ("party:form", "trap:deed") so the accuracy run can say where errors come from.
 */
import type { AgreementKind, ClauseTopic, InstrumentKind } from '../domain/agreement.js';
import { institutionKey, instrumentKey } from '../parsing/index.js';
import { makePerson } from './build-world.js';
import type { ClauseSpec } from './compose-clauses.js';
import {
  closingClause,
  disputeClause,
  fundingClause,
  heading,
  purposeClause,
  scopeClause,
} from './compose-clauses.js';
import { legalBasisText } from './compose-agreement.js';
import { printName } from './compose-parties.js';
import { LEGAL_INSTRUMENTS, inForceOn } from './data/legal-instruments.js';
import type { PublicBody } from './data/public-bodies.js';
import { PUBLIC_BODIES } from './data/public-bodies.js';
import { PROVINCES } from './data/regional-bodies.js';
import type {
  AgreementDocument,
  Block,
  ExpectedAgreement,
  ExpectedAppointment,
  ExpectedClause,
  ExpectedLegalBasis,
  ExpectedParty,
  ExpectedPerson,
  ExpectedRef,
} from './document-model.js';
import {
  DAYS,
  MONTHS,
  addDays,
  addMonths,
  capitalised,
  countWithWords,
  dateLong,
  dayName,
  isoParts,
  numberInWords,
} from './indonesian-words.js';
import type { Random } from './random.js';
import type { Org, OrgKind } from './real-world-orgs.js';
import { bareRegion, orgOf } from './real-world-orgs.js';

export interface RealWorldComposed {
  readonly document: AgreementDocument;
  readonly expected: ExpectedAgreement;
  readonly shapes: readonly string[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const LOCALS: readonly PublicBody[] = PUBLIC_BODIES.filter(
  (b) => (b.kind === 'REGENCY' || b.kind === 'CITY') && b.region !== undefined,
);

/** "Kabupaten Garut" -> "Jawa Barat", for the governor's regulations. */
const PROVINCE_OF = new Map<string, string>();
for (const p of PROVINCES) for (const r of p.regions) PROVINCE_OF.set(r.split('|')[0]!, p.name);

const ref = (name: string): ExpectedRef => ({ name, key: institutionKey(name) });

const FIRST_DAY = Date.UTC(2012, 0, 2);
const LAST_DAY = Date.UTC(2025, 11, 30);

function randomWeekday(random: Random): string {
  for (;;) {
    const t = FIRST_DAY + random.int(0, Math.floor((LAST_DAY - FIRST_DAY) / 86_400_000)) * 86_400_000;
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) return d.toISOString().slice(0, 10);
  }
}

/** A date before the signing date, never equal to it: the dates that are not the signing date. */
function earlier(random: Random, iso: string, min: number, max: number): string {
  return addDays(iso, -random.int(Math.max(1, min), max));
}

// ---------------------------------------------------------------------------------------
// What the agreement is and between whom.

type Scenario = 'HEALTH' | 'EDUCATION' | 'SERVICE' | 'LAND' | 'SOCIAL' | 'GRANT' | 'MEMORANDUM';

interface Cast {
  readonly kinds: readonly OrgKind[];
  readonly subject: string;
  readonly scope: readonly string[];
}

function castFor(random: Random, scenario: Scenario, local: PublicBody, year: number, three: boolean): Cast {
  const bare = bareRegion(local.region!);
  switch (scenario) {
    case 'HEALTH': {
      const first = random.pick<OrgKind>(['OFFICE', 'GOVERNMENT', 'RSUD']);
      const second = random.pick<OrgKind>(
        first === 'RSUD' ? ['HOSPITAL', 'FACULTY'] : ['RSUD', 'HOSPITAL', 'PUSKESMAS'],
      );
      return {
        kinds: three
          ? [first, second, random.pick<OrgKind>(['COMPANY', 'FACULTY', 'FOUNDATION'])]
          : [first, second],
        subject: random.pick([
          'Pelayanan Kesehatan Rujukan bagi Peserta Jaminan Kesehatan Daerah',
          'Pelayanan Kesehatan bagi Masyarakat Miskin',
          'Rujukan Pasien dan Pemeriksaan Laboratorium',
        ]),
        scope: [
          'pelayanan kesehatan rujukan tingkat lanjutan',
          'pertukaran data kepesertaan dan data pelayanan',
          'pembayaran klaim pelayanan kesehatan',
          'peningkatan mutu pelayanan',
        ],
      };
    }
    case 'EDUCATION':
      return {
        kinds: three
          ? [random.pick<OrgKind>(['FACULTY', 'UNIVERSITY']), 'RSUD', 'OFFICE']
          : [
              random.pick<OrgKind>(['FACULTY', 'UNIVERSITY']),
              random.pick<OrgKind>(['RSUD', 'OFFICE', 'GOVERNMENT']),
            ],
        subject: random.pick([
          'Pendidikan Klinik Mahasiswa',
          'Pelaksanaan Kuliah Kerja Nyata Tematik',
          'Praktik Kerja Lapangan Mahasiswa',
        ]),
        scope: [
          'penempatan mahasiswa',
          'pembimbingan lapangan',
          'penelitian bersama',
          'pengabdian kepada masyarakat',
        ],
      };
    case 'SERVICE':
      return {
        kinds: three
          ? ['GOVERNMENT', 'OFFICE', 'COMPANY']
          : [random.pick<OrgKind>(['GOVERNMENT', 'OFFICE']), 'COMPANY'],
        subject: random.pick([
          'Penyaluran Bantuan Sosial Non Tunai',
          'Layanan Penerimaan Pajak Daerah secara Elektronik',
          'Pembayaran Gaji dan Tunjangan Aparatur Sipil Negara',
        ]),
        scope: ['penyediaan layanan', 'rekonsiliasi transaksi', 'sosialisasi kepada masyarakat'],
      };
    case 'LAND':
      return {
        kinds: ['GOVERNMENT', 'PERTANAHAN'],
        subject: 'Percepatan Pensertipikatan Barang Milik Daerah berupa Tanah',
        scope: [
          'inventarisasi tanah',
          'pengukuran dan pemetaan bidang tanah',
          'penerbitan sertipikat hak atas tanah',
        ],
      };
    case 'SOCIAL':
      return {
        kinds: three
          ? ['OFFICE', 'FOUNDATION', 'POLRES']
          : ['OFFICE', random.pick<OrgKind>(['FOUNDATION', 'POLRES'])],
        subject: random.pick([
          'Pendampingan Penyandang Disabilitas',
          'Penyelenggaraan Pendidikan Anak Usia Dini',
          'Pengamanan dan Ketertiban Masyarakat',
        ]),
        scope: ['pendataan sasaran', 'pendampingan', 'pelaporan pelaksanaan kegiatan'],
      };
    case 'GRANT': {
      const to = random.pick<OrgKind>(['KPU', 'BAWASLU', 'POLRES']);
      const head = local.kind === 'CITY' ? 'Wali Kota' : 'Bupati';
      const what =
        to === 'KPU'
          ? `Penyelenggaraan Pemilihan ${head} dan Wakil ${head} ${bare}`
          : to === 'BAWASLU'
            ? `Pengawasan Pemilihan ${head} dan Wakil ${head} ${bare}`
            : `Pengamanan Pemilihan ${head} dan Wakil ${head} ${bare}`;
      return {
        kinds: ['GOVERNMENT', to],
        subject: `Hibah Dana ${what} Tahun ${year}`,
        scope: ['jumlah dan peruntukan hibah', 'tata cara pencairan', 'pertanggungjawaban penggunaan hibah'],
      };
    }
    case 'MEMORANDUM':
      return {
        kinds: ['GOVERNMENT', random.pick<OrgKind>(['UNIVERSITY', 'GOVERNMENT', 'POLRES', 'PERTANAHAN'])],
        subject: random.pick([
          'Kerja Sama di Bidang Pendidikan, Penelitian, dan Pengabdian kepada Masyarakat',
          'Kerja Sama Pembangunan Daerah',
          'Sinergi Pelaksanaan Tugas dan Fungsi',
        ]),
        scope: [
          'pertukaran data dan informasi',
          'peningkatan kapasitas sumber daya manusia',
          'kegiatan lain yang disepakati',
        ],
      };
  }
}

interface KindChoice {
  readonly kind: AgreementKind;
  /** As printed in the title. */
  readonly phrase: string;
  /** How the body refers to the document ("Perjanjian Kerja Sama ini"). */
  readonly doc: string;
  readonly shape: string;
}

function chooseKind(random: Random, scenario: Scenario, addendum: boolean): KindChoice {
  if (addendum) {
    const phrase = random.pick(['ADENDUM', 'AMANDEMEN', 'Adendum', 'ADDENDUM']);
    return {
      kind: 'ADDENDUM',
      phrase,
      doc: phrase === 'AMANDEMEN' ? 'Amandemen' : 'Adendum',
      shape: 'kind:ADDENDUM',
    };
  }
  if (scenario === 'GRANT') {
    const phrase = random.pick(['NASKAH PERJANJIAN HIBAH DAERAH', 'Naskah Perjanjian Hibah Daerah']);
    return { kind: 'NPHD', phrase, doc: 'Naskah Perjanjian Hibah Daerah', shape: 'kind:NPHD' };
  }
  if (scenario === 'MEMORANDUM') {
    const phrase = random.weighted([
      ['NOTA KESEPAHAMAN', 5],
      ['Nota Kesepahaman', 2],
      ['MEMORANDUM OF UNDERSTANDING', 2],
      ['MEMORANDUM SALING PENGERTIAN', 1],
      ['NOTA SALING PENGERTIAN', 1],
      ['NOTA KESEPAKATAN', 2],
      ['KESEPAKATAN BERSAMA', 3],
    ] as const);
    const doc =
      phrase === 'MEMORANDUM OF UNDERSTANDING'
        ? 'Memorandum of Understanding'
        : capitalised(phrase.toLowerCase());
    return { kind: 'MOU', phrase, doc, shape: 'kind:MOU' };
  }
  const phrase = random.weighted([
    ['PERJANJIAN KERJA SAMA', 6],
    ['PERJANJIAN KERJASAMA', 3],
    ['Perjanjian Kerja Sama', 1],
    ['PERJANJIAN KERJA SAMA OPERASIONAL', 1],
  ] as const);
  return {
    kind: 'PKS',
    phrase,
    doc: phrase === 'PERJANJIAN KERJASAMA' ? 'Perjanjian Kerjasama' : 'Perjanjian Kerja Sama',
    shape: 'kind:PKS',
  };
}

// ---------------------------------------------------------------------------------------
// Labels.

type LabelStyle = 'KESATU' | 'PERTAMA' | 'roman' | 'mixed-case' | 'none';

function labelsFor(style: LabelStyle, n: number): (string | null)[] {
  const words = style === 'KESATU' ? ['KESATU', 'KEDUA', 'KETIGA'] : ['PERTAMA', 'KEDUA', 'KETIGA'];
  return Array.from({ length: n }, (_, i) => {
    if (style === 'none') return null;
    if (style === 'roman') return `PIHAK ${ROMAN[i]}`;
    if (style === 'mixed-case') return `Pihak ${capitalised(words[i]!.toLowerCase())}`;
    return `PIHAK ${words[i]}`;
  });
}

/** How OCR damaged a label: K£DUA, il, l, PlHAK. A reader still knows which party it is. */
function ocrDamage(label: string): string {
  if (/KEDUA$/.test(label)) return label.replace('KEDUA', 'K£DUA');
  if (/ II$/.test(label)) return label.replace(/ II$/, ' il');
  if (/ I$/.test(label)) return label.replace(/ I$/, ' l');
  if (/KETIGA$/.test(label)) return label.replace('KETIGA', 'KET1GA');
  return label.replace('PIHAK', 'PlHAK');
}

// ---------------------------------------------------------------------------------------
// Values that are not there.

const PLACEHOLDERS = [
  '……………………………',
  '..............................',
  '(mohon dilengkapi)',
  '-----------------',
  '________________',
];

function redaction(random: Random): string {
  return random.pick([
    'Xxxxxxxxxx',
    'XXXXXXXXXXXX',
    `${random.pick(['A', 'B', 'S', 'M'])}. XXXXXXX, SH`,
    'xxxxxxxxxxxxxxx',
  ]);
}

// ---------------------------------------------------------------------------------------
// People.

interface Signer {
  /** As printed in the party block (a placeholder or redaction when absent). */
  readonly printed: string;
  readonly person: ExpectedPerson | null;
  readonly shape: string | null;
}

function signerFor(random: Random, org: Org, absent: boolean): Signer {
  if (absent) {
    const redacted = random.chance(0.5);
    return {
      printed: redacted ? redaction(random) : random.pick(PLACEHOLDERS),
      person: null,
      shape: redacted ? 'absent:signatory-redacted' : 'absent:signatory-placeholder',
    };
  }
  const base = makePerson(
    random,
    0,
    org.police ? 'POLRI' : undefined,
    org.kind === 'GOVERNMENT' ? 'HEAD' : 'PRATAMA',
  );
  const person = org.medical
    ? {
        ...base,
        rank: null,
        prefixes: ['dr.'],
        degrees: [random.pick(['M.Kes.', 'Sp.PD', 'M.Kes', 'MARS', 'Sp.A', 'M.K.M.'])],
      }
    : org.police
      ? {
          ...base,
          rank: random.pick(['AKBP', 'AKBP', 'KOMBES POL.']),
          prefixes: [],
          degrees: ['S.I.K.', ...(random.chance(0.5) ? ['M.H.'] : [])],
        }
      : base;
  const name = printName(random, person);
  return { printed: name.printed, person: name.person, shape: null };
}

// ---------------------------------------------------------------------------------------
// Appointment decrees and the other dated instruments in a party block.

interface DatedText {
  readonly text: string;
  readonly appointment: ExpectedAppointment | null;
  readonly shape: string;
}

function appointmentFor(random: Random, org: Org, local: PublicBody, iso: string): DatedText | null {
  const date = earlier(random, iso, 40, 1400);
  const year = Number(date.slice(0, 4));
  if (org.kind === 'GOVERNMENT') {
    const number = `131.${random.int(11, 94)}-${random.int(100, 4999)}`;
    return {
      text: `berdasarkan Keputusan Menteri Dalam Negeri Nomor ${number} Tahun ${year} tanggal ${dateLong(date)}`,
      appointment: { kind: 'KEPUTUSAN_MENTERI', number, year, date },
      shape: 'trap:decree',
    };
  }
  if (org.government && org.kind !== 'PUSKESMAS') {
    // "Nomor 821.2/Kep.45-BKPSDM Tahun 2019", or the year inside the number: "Nomor 800/17/2019".
    if (random.chance(0.4)) {
      const number = `800/${random.int(1, 99)}/${year}`;
      return {
        text: `berdasarkan Keputusan ${local.head} Nomor ${number} tanggal ${dateLong(date)}`,
        appointment: { kind: 'KEPUTUSAN_KEPALA_DAERAH', number, year, date },
        shape: 'trap:decree',
      };
    }
    const number = `821.2/Kep.${random.int(10, 999)}-BKPSDM`;
    return {
      text: `berdasarkan Keputusan ${local.head} Nomor ${number} Tahun ${year} tanggal ${dateLong(date)}`,
      appointment: { kind: 'KEPUTUSAN_KEPALA_DAERAH', number, year, date },
      shape: 'trap:decree',
    };
  }
  if (org.kind === 'UNIVERSITY') {
    const number = `${random.int(10, 299)}/MPK.A/KP.07.01/${year}`;
    return {
      text: `berdasarkan Keputusan Menteri Pendidikan dan Kebudayaan Nomor ${number} tanggal ${dateLong(date)}`,
      appointment: { kind: 'KEPUTUSAN_MENTERI', number, year, date },
      shape: 'trap:decree',
    };
  }
  return null;
}

const NOTARIES = [
  'Hj. Rina Marlina, S.H., M.Kn.',
  'Agus Salim, S.H.',
  'Dewi Kartika Sari, S.H., M.Kn.',
  'R. Bambang Suryono, S.H.',
];

/** The deed or licence a private party cites: a date that is not the signing date. */
function charterFor(random: Random, org: Org, iso: string): DatedText | null {
  const date = earlier(random, iso, 200, 6000);
  if (org.kind === 'FOUNDATION' || org.kind === 'COMPANY') {
    return {
      text: `yang didirikan berdasarkan Akta Pendirian Nomor ${random.int(1, 80)} tanggal ${dateLong(date)} yang dibuat di hadapan ${random.pick(NOTARIES)}, Notaris di ${random.pick(['Jakarta', 'Bandung', 'Surabaya', 'Medan'])}`,
      appointment: null,
      shape: 'trap:deed',
    };
  }
  if (org.kind === 'HOSPITAL') {
    return {
      text: `yang telah memperoleh Izin Operasional Rumah Sakit Nomor 503/${random.int(100, 9999)}/DPMPTSP/${date.slice(0, 4)} tanggal ${dateLong(date)}`,
      appointment: null,
      shape: 'trap:licence',
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Party blocks.

type PartyLayout = 'name-colon' | 'form' | 'form-spaced' | 'form-columns' | 'institution-first';

interface PartyOut {
  readonly blocks: Block[];
  /** The name as printed (or the dots or redaction), for the signature block. */
  readonly printed: string;
  readonly expected: ExpectedParty;
  readonly shapes: string[];
}

function spaced(label: string): string {
  return label.split('').join(' ');
}

/** A civil servant's NIP as printed: "19680512 199303 1 004" (birth date, start month, sex, serial). */
function nip(random: Random): string {
  const born = random.int(1962, 1985);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${born}${two(random.int(1, 12))}${two(random.int(1, 28))} ${born + random.int(22, 30)}${two(random.int(1, 12))} ${random.int(1, 2)} ${String(random.int(1, 20)).padStart(3, '0')}`;
}

/** What a party block is written from, whichever layout prints it. */
interface PartyWording {
  readonly random: Random;
  readonly org: Org;
  readonly signer: Signer;
  /** "1." or "I." before the block. */
  readonly marker: string;
  /** "selanjutnya disebut PIHAK KESATU", or null when the parties have no labels. */
  readonly labelText: string | null;
  /** ";" after every party but the last, "." after it. */
  readonly end: string;
  readonly actsFor: string | null;
  /** "bertindak untuk dan atas nama …". */
  readonly actText: string;
  readonly dated: DatedText | null;
  readonly charter: DatedText | null;
  /** "berkedudukan di …". */
  readonly address: string;
  readonly absentSignatory: boolean;
  readonly absentPosition: boolean;
  readonly shapes: string[];
}

function draftPartyBlock(
  random: Random,
  org: Org,
  local: PublicBody,
  iso: string,
  ordinal: number,
  printedLabel: string | null,
  trueLabel: string | null,
  layout: PartyLayout,
  options: {
    readonly absentSignatory: boolean;
    readonly absentPosition: boolean;
    readonly last: boolean;
    readonly romanMarker: boolean;
  },
): PartyOut {
  const shapes: string[] = [];
  const signer = signerFor(random, org, options.absentSignatory);
  if (signer.shape) shapes.push(signer.shape);
  const marker = options.romanMarker ? `${ROMAN[ordinal - 1]}.` : `${ordinal}.`;
  const labelText = printedLabel
    ? random.pick([
        `selanjutnya disebut ${printedLabel}`,
        `untuk selanjutnya disebut ${printedLabel}`,
        `yang selanjutnya disebut sebagai ${printedLabel}`,
      ])
    : null;
  const end = options.last ? '.' : ';';

  // Acting for a government, said apart from the office ("… serta sah mewakili Pemerintah Kabupaten X").
  const actsFor =
    org.government !== null && layout !== 'institution-first' && random.chance(0.45) ? org.government : null;
  if (actsFor) shapes.push('acts-for');
  const actText = actsFor
    ? `bertindak untuk dan atas nama jabatannya serta sah mewakili ${actsFor}`
    : `bertindak untuk dan atas nama ${org.name}`;

  const dated =
    layout === 'institution-first'
      ? null
      : random.chance(0.45)
        ? appointmentFor(random, org, local, iso)
        : null;
  const charter = random.chance(0.6) ? charterFor(random, org, iso) : null;
  for (const d of [dated, charter]) if (d) shapes.push(d.shape);
  const address = `${random.pick(['berkedudukan di', 'beralamat di', 'berkedudukan dan beralamat di'])} ${org.address}`;

  const wording: PartyWording = {
    random,
    org,
    signer,
    marker,
    labelText,
    end,
    actsFor,
    actText,
    dated,
    charter,
    address,
    absentSignatory: options.absentSignatory,
    absentPosition: options.absentPosition,
    shapes,
  };
  const blocks: Block[] = [];
  const position =
    layout === 'name-colon'
      ? nameColonBlock(wording, blocks)
      : layout === 'institution-first'
        ? institutionFirstBlock(wording, blocks)
        : formBlocks(wording, layout, blocks);

  return {
    blocks,
    printed: signer.printed,
    shapes,
    expected: {
      ordinal,
      label: trueLabel,
      institution: ref(org.name),
      agency: ref(org.agency),
      signatory: signer.person,
      position,
      actsFor: actsFor ? ref(actsFor) : null,
      appointment: dated?.appointment ?? null,
      contact: null,
      obligationsCount: 0,
      rightsCount: 0,
    },
  };
}

/** "1. NAME : position, address, decree, dalam hal ini bertindak …"; returns the position printed. */
function nameColonBlock(w: PartyWording, blocks: Block[]): string | null {
  const { org, charter, dated, labelText, end } = w;
  const body = [
    `${org.position}${charter ? ` (${org.name} ${charter.text})` : ''}`,
    w.address,
    ...(dated ? [dated.text] : []),
    `dalam hal ini ${w.actText}`,
  ].join(', ');
  blocks.push({
    kind: 'party',
    marker: w.marker,
    name: w.signer.printed,
    body: labelText ? `${body}, ${labelText}${end}` : `${body}${end}`,
    layout: 'colon',
  });
  return org.position;
}

/**
 * "1. RUMAH SAKIT …, description, address, dalam hal ini diwakili oleh NAME selaku position";
 * the body is named first, so the title may stand alone ("selaku Direktur Utama").
 */
function institutionFirstBlock(w: PartyWording, blocks: Block[]): string | null {
  const { random, org, labelText, end } = w;
  let position = org.position;
  const inst = random.chance(0.6) ? org.name.toUpperCase() : org.name;
  if (org.shortPosition && random.chance(0.5)) {
    position = org.shortPosition;
    w.shapes.push('position:short');
  }
  const said = `${w.marker} ${inst}, ${org.description}${w.charter ? ` ${w.charter.text}` : ''}, ${w.address}, dalam hal ini diwakili oleh ${w.signer.printed} selaku ${position}`;
  blocks.push({
    kind: 'text',
    text: labelText ? `${said}, ${random.chance(0.5) ? `(${labelText})` : labelText}${end}` : `${said}${end}`,
  });
  return position;
}

/**
 * A form ("Nama : …", "NIP : …", "Jabatan : …", "Alamat : …"), letter-spaced or in two columns,
 * then the sentence of what the party acts as; returns the position (null when left blank).
 */
function formBlocks(w: PartyWording, layout: PartyLayout, blocks: Block[]): string | null {
  const { random, org, marker, dated, charter, labelText } = w;
  let position: string | null = org.position;
  // With "atas nama jabatannya" the position is the only place the office is named: keep it printed.
  if (w.absentPosition && !w.actsFor) {
    position = null;
    w.shapes.push('absent:position');
  }
  const positionPrinted = position ?? random.pick(PLACEHOLDERS);
  const withNip = org.government !== null && random.chance(0.4);
  const labels = ['Nama', ...(withNip ? ['NIP'] : []), 'Jabatan', 'Alamat'];
  const values = [
    w.signer.printed,
    ...(withNip ? [w.absentSignatory ? random.pick(PLACEHOLDERS) : nip(random)] : []),
    positionPrinted,
    org.address,
  ];
  const shown = layout === 'form-spaced' ? labels.map(spaced) : labels;
  const width = Math.max(...shown.map((l) => l.length)) + random.int(1, 4);
  const indent = ' '.repeat(marker.length + 1);
  if (layout === 'form-columns') {
    // Two-column extraction: all labels, then all values.
    blocks.push({
      kind: 'lines',
      lines: [
        ...shown.map((l, i) => `${i === 0 ? `${marker} ` : indent}${l.padEnd(width)}:`),
        ...values.map((v) => `${indent}${v}`),
      ],
      strong: [],
    });
  } else {
    blocks.push({
      kind: 'lines',
      lines: shown.map((l, i) => `${i === 0 ? `${marker} ` : indent}${l.padEnd(width)}: ${values[i]}`),
      strong: [],
    });
  }
  const opening = random.pick(['Dalam hal ini', 'dalam hal ini', 'Yang dalam hal ini']);
  const parts = [
    `${opening} ${dated ? `${dated.text}, ` : ''}${w.actText}${charter ? ` ${charter.text}` : ''}`,
    ...(labelText ? [labelText] : []),
  ];
  blocks.push({ kind: 'text', text: `${parts.join(', ')}${w.end}` });
  return position;
}

// ---------------------------------------------------------------------------------------
// Numbers.

function numberOf(random: Random, org: Org, iso: string, mou: boolean): string {
  const { year, month } = isoParts(iso);
  const n = random.int(1, 999);
  if (org.kind === 'POLRES') return `B/${n}/${ROMAN[month - 1]}/${year}`;
  if (org.kind === 'COMPANY') return `PKS.${n}/${org.unitCode}/${String(month).padStart(2, '0')}/${year}`;
  if (org.kind === 'UNIVERSITY' || org.kind === 'FACULTY')
    return `${n}/${org.unitCode}/${mou ? 'NK' : 'KS'}/${year}`;
  return `${org.numberCode}/${n}/${mou ? random.pick(['NK', 'KB']) : org.unitCode}/${year}`;
}

interface NumbersOut {
  readonly lines: string[];
  readonly numbers: string[];
  readonly shape: string;
}

function numbersFor(random: Random, orgs: readonly Org[], iso: string, mou: boolean): NumbersOut {
  const word = random.pick(['Nomor', 'NOMOR', 'No.']);
  const colon = random.pick([' : ', ': ', '    : ']);
  const plan = random.weighted([
    ['each', 45],
    ['one', 12],
    ['one-line', 10],
    ['empty', 8],
    ['placeholder', 8],
    ['skeleton', 9],
    ['mixed', 8],
  ] as const);
  const real = orgs.map((o) => numberOf(random, o, iso, mou));
  switch (plan) {
    case 'each':
      return { lines: real.map((n) => `${word}${colon}${n}`), numbers: real, shape: 'numbers:each' };
    case 'one': {
      const n = random.pick(real);
      return { lines: [`${word}${colon}${n}`], numbers: [n], shape: 'numbers:one' };
    }
    case 'one-line': {
      const sep = random.pick([' ; ', ' dan ', '     ']);
      return { lines: [`${word}${colon}${real.join(sep)}`], numbers: real, shape: 'numbers:one-line' };
    }
    case 'empty':
      return { lines: orgs.map(() => `${word} :`), numbers: [], shape: 'numbers:empty' };
    case 'placeholder':
      return {
        lines: orgs.map(() => `${word}${colon}${random.pick(PLACEHOLDERS)}`),
        numbers: [],
        shape: 'numbers:placeholder',
      };
    case 'skeleton': {
      const { year, month } = isoParts(iso);
      const org = orgs[0]!;
      const gap = ' '.repeat(random.int(3, 9));
      const printed = `${org.numberCode} /${gap}/ ${random.pick([org.unitCode, 'Umum', 'Huk'])} / ${ROMAN[month - 1]} / ${year}`;
      return {
        lines: [`${word}${colon}${printed}`],
        numbers: [printed.replace(/\s+/g, ' ')],
        shape: 'numbers:skeleton',
      };
    }
    case 'mixed': {
      // One party's registry filled its number in, the other left the dots.
      const i = random.int(0, orgs.length - 1);
      return {
        lines: orgs.map((_, k) => `${word}${colon}${k === i ? real[k]! : random.pick(PLACEHOLDERS)}`),
        numbers: [real[i]!],
        shape: 'numbers:mixed',
      };
    }
  }
}

// ---------------------------------------------------------------------------------------
// The signing statement, and where.

interface PlaceOut {
  /** Words after "bertempat di" / "di" / "ditandatangani di". */
  readonly printed: string;
  readonly place: string;
  readonly shape: string;
}

function placeFor(random: Random, local: PublicBody, orgs: readonly Org[]): PlaceOut | null {
  const region = local.region!;
  const v = random.weighted([
    ['none', 30],
    ['city', 20],
    ['region', 25],
    ['venue', 25],
  ] as const);
  if (v === 'none') return null;
  if (v === 'city') return { printed: local.city, place: local.city, shape: 'place:city' };
  if (v === 'region') return { printed: region, place: region, shape: 'place:region' };
  const named = orgs.filter(
    (o) => o.name.endsWith(region) && !o.name.startsWith('Kantor ') && !o.name.startsWith('Pemerintah '),
  );
  const venue =
    named.length > 0 && random.chance(0.7)
      ? `Kantor ${random.pick(named).name}`
      : `${random.pick(['Pendopo', 'Aula Sekretariat Daerah', 'Gedung Sekretariat Daerah'])} ${region}`;
  return { printed: venue, place: region, shape: 'place:venue' };
}

interface StatementOut {
  /** The opening sentence before the parties. */
  readonly opening: string;
  /** A closing sentence before the signatures ("Ditandatangani di …"), or null. */
  readonly closing: string | null;
  readonly signedOn: string | null;
  readonly signedDay: string | null;
  readonly place: string | null;
  readonly shapes: string[];
}

function statementFor(random: Random, iso: string, placeOut: PlaceOut | null): StatementOut {
  const p = isoParts(iso);
  const shapes: string[] = [];
  const signers = random.pick([
    'yang bertanda tangan di bawah ini:',
    'kami yang bertanda tangan di bawah ini:',
    'yang bertanda tangan dibawah ini :',
  ]);
  const variant = random.weighted([
    ['words', 40],
    ['digits', 15],
    ['long', 10],
    ['placeholder', 12],
    ['none', 8],
    ['end', 15],
  ] as const);
  shapes.push(`date:${variant}`);
  if (placeOut) shapes.push(placeOut.shape);
  else shapes.push('place:none');
  // The printed weekday disagrees with the date now and then: trust the date, keep the day as printed.
  const mismatch = variant !== 'placeholder' && variant !== 'none' && random.chance(0.12);
  const day = mismatch
    ? DAYS[(new Date(`${iso}T00:00:00Z`).getUTCDay() + random.int(1, 6)) % 7]!
    : dayName(iso);
  if (mismatch) shapes.push('date:weekday-mismatch');
  const W = (n: number): string => (random.chance(0.8) ? capitalised(numberInWords(n)) : numberInWords(n));
  const month = MONTHS[p.month - 1]!;
  const dd = String(p.day).padStart(2, '0');
  const mm = String(p.month).padStart(2, '0');
  const at = placeOut
    ? placeOut.shape === 'place:venue' || random.chance(0.6)
      ? ` bertempat di ${placeOut.printed},`
      : ` di ${placeOut.printed},`
    : '';

  if (variant === 'words') {
    const numeric = random.pick([
      ` (${dd}-${mm}-${p.year})`,
      ` (${p.day} - ${p.month} - ${p.year})`,
      ` (${dd}/${mm}/${p.year})`,
      '',
    ]);
    return {
      opening: `Pada hari ini ${day} tanggal ${W(p.day)} bulan ${month} tahun ${W(p.year)}${numeric},${at} ${signers}`,
      closing: null,
      signedOn: iso,
      signedDay: day,
      place: placeOut?.place ?? null,
      shapes,
    };
  }
  if (variant === 'digits' || variant === 'long') {
    const when =
      variant === 'digits'
        ? `tanggal ${p.day} bulan ${month} tahun ${p.year}`
        : `tanggal ${p.day} ${month} ${p.year}`;
    return {
      opening: `Pada hari ini ${day}, ${when},${at} ${signers}`,
      closing: null,
      signedOn: iso,
      signedDay: day,
      place: placeOut?.place ?? null,
      shapes,
    };
  }
  if (variant === 'placeholder') {
    const year = random.chance(0.4) ? W(p.year) : '……';
    return {
      opening: `Pada hari ini ………… tanggal ………… bulan ………… tahun ${year},${at} ${signers}`,
      closing: null,
      signedOn: null,
      signedDay: null,
      place: placeOut?.place ?? null,
      shapes,
    };
  }
  const opening = capitalised(signers.charAt(0)) + signers.slice(1);
  if (variant === 'none') {
    return {
      opening,
      closing: null,
      signedOn: null,
      signedDay: null,
      place: null,
      shapes: shapes.map((s) => (s.startsWith('place:') ? 'place:none' : s)),
    };
  }
  // The statement stands at the end, above the signatures: "Ditandatangani di Kabupaten X pada …".
  const withDay = random.chance(0.5);
  const where = placeOut ? ` di ${placeOut.place}` : '';
  const closing = withDay
    ? `${random.pick(['Dibuat dan ditandatangani', 'Ditandatangani'])}${where} pada hari ${day} tanggal ${p.day} bulan ${month} tahun ${p.year}.`
    : `Ditandatangani${where} pada tanggal ${dateLong(iso)}.`;
  return {
    opening,
    closing,
    signedOn: iso,
    signedDay: withDay ? day : null,
    place: placeOut?.place ?? null,
    shapes: shapes
      .filter((s) => withDay || s !== 'date:weekday-mismatch')
      .map((s) => (placeOut && s === placeOut.shape ? 'place:signed-at' : s)),
  };
}

// ---------------------------------------------------------------------------------------
// Legal bases.

interface BasisOut {
  readonly text: string;
  readonly expected: ExpectedLegalBasis | null;
  readonly shape: string;
}

function instrument(
  kind: InstrumentKind,
  issuer: string | null,
  number: string,
  year: number,
): ExpectedLegalBasis {
  return { kind, issuer, number, year, key: instrumentKey({ kind, issuer, number, year }), amendedBy: [] };
}

function legalBasesFor(random: Random, local: PublicBody, iso: string, orgs: readonly Org[]): BasisOut[] {
  const signYear = Number(iso.slice(0, 4));
  const y = (): number => random.int(Math.max(2008, signYear - 7), signYear - 1);
  const region = local.region!;
  const out: BasisOut[] = [];
  const national = LEGAL_INSTRUMENTS.filter(
    (i) =>
      inForceOn(i, iso) && i.kind !== 'KITAB' && !i.body && i.tags.some((t) => t === 'ALL' || t === 'REGION'),
  );
  for (const i of random.shuffle(national).slice(0, random.int(1, 3))) {
    const { text, expected } = legalBasisText(random, i, iso);
    out.push({ text, expected, shape: 'legal:national' });
  }
  const perdaYear = y();
  const perdaNumber = String(random.int(1, 20));
  out.push({
    text: `Peraturan Daerah ${region} Nomor ${perdaNumber} Tahun ${perdaYear} tentang ${random.pick(['Pembentukan dan Susunan Perangkat Daerah', 'Rencana Pembangunan Jangka Menengah Daerah', 'Penyelenggaraan Kesehatan'])}`,
    expected: instrument('PERATURAN_DAERAH', region, perdaNumber, perdaYear),
    shape: 'legal:regional',
  });
  const province = PROVINCE_OF.get(region);
  if (province && random.chance(0.4)) {
    const gov =
      province === 'Daerah Khusus Ibukota Jakarta'
        ? 'Gubernur Daerah Khusus Ibukota Jakarta'
        : `Gubernur ${province}`;
    const n = String(random.int(1, 90));
    const year = y();
    out.push({
      text: `Peraturan ${gov} Nomor ${n} Tahun ${year} tentang Pedoman Kerja Sama Daerah`,
      expected: instrument('PERATURAN_DAERAH', gov, n, year),
      shape: 'legal:regional',
    });
  }
  if (random.chance(0.5)) {
    const n = String(random.int(1, 120));
    const year = y();
    out.push({
      text: `Peraturan ${local.head} Nomor ${n} Tahun ${year} tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Perangkat Daerah`,
      expected: instrument('PERATURAN_DAERAH', local.head, n, year),
      shape: 'legal:regional',
    });
  }
  if (random.chance(0.4)) {
    const year = y();
    const number = `${orgs[0]!.numberCode}/Kep.${random.int(10, 999)}-${random.pick(['Huk', 'Dinkes', 'Bappeda'])}/${year}`;
    out.push({
      text: `Keputusan ${local.head} Nomor ${number} tentang ${random.pick(['Penetapan Rumah Sakit Umum Daerah sebagai Badan Layanan Umum Daerah', 'Tim Koordinasi Kerja Sama Daerah'])}`,
      expected: instrument('KEPUTUSAN_KEPALA_DAERAH', local.head, number, year),
      shape: 'legal:regional',
    });
  }
  if (random.chance(0.35)) {
    const year = y();
    const coded = random.pick([
      {
        issuer: 'Menteri Keuangan',
        number: `${random.int(10, 250)}/PMK.05/${year}`,
        title: 'Pengelolaan Keuangan Badan Layanan Umum',
        kind: 'PERATURAN_MENTERI' as const,
      },
      {
        issuer: 'Menteri Kesehatan',
        number: `HK.01.07/MENKES/${random.int(100, 999)}/${year}`,
        title: 'Pedoman Nasional Pelayanan Kedokteran',
        kind: 'KEPUTUSAN_MENTERI' as const,
      },
    ]);
    out.push({
      text: `${coded.kind === 'PERATURAN_MENTERI' ? 'Peraturan' : 'Keputusan'} ${coded.issuer} Nomor ${coded.number} tentang ${coded.title}`,
      expected: instrument(coded.kind, coded.issuer, coded.number, year),
      shape: 'legal:coded',
    });
  }
  if (random.chance(0.15)) {
    // Another agreement in the list is a related agreement, not a decree.
    const year = y();
    out.push({
      text: `Kesepakatan Bersama antara ${local.name} dan ${orgs[1]!.agency} Nomor ${orgs[0]!.numberCode}/${random.int(1, 99)}/KB/${year} tentang ${random.pick(['Kerja Sama Pembangunan Daerah', 'Sinergi Program'])}`,
      expected: null,
      shape: 'legal:related-agreement',
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The document.

function fill(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{([A-Z_]+)\}/g, (m, k: string) => vars[k] ?? m);
}

interface TermOut {
  readonly clause: ClauseSpec;
  readonly durationMonths: number;
  readonly effectiveFrom: string | null;
  readonly expiresOn: string | null;
  readonly renewable: boolean | null;
}

function termFor(random: Random, from: string | null, doc: string, since: string): TermOut {
  const years = random.pick([1, 2, 3, 5]);
  const renewable = random.chance(0.6) ? true : null;
  const text = `${doc} ini berlaku untuk jangka waktu ${countWithWords(years)} tahun terhitung sejak tanggal ${since}${renewable ? ' dan dapat diperpanjang sesuai kesepakatan {PARA}' : ''}.`;
  return {
    clause: {
      heading: heading(random, 'TERM'),
      topic: 'TERM',
      paragraphs: [{ numbered: false, text, items: [] }],
    },
    durationMonths: years * 12,
    effectiveFrom: from,
    expiresOn: from ? addMonths(from, years * 12) : null,
    renewable,
  };
}

const COUNTRIES = [
  'Kerajaan Belanda',
  'Jepang',
  'Republik Korea',
  'Australia',
  'Republik Singapura',
  'Republik Federal Jerman',
];
const FIELDS = ['Pertanian', 'Pendidikan Tinggi', 'Kesehatan', 'Pengelolaan Sumber Daya Air', 'Pariwisata'];

/**
 * A memorandum between two governments: the title names them, the opening calls them "Para
 * Pihak" with no PIHAK label and no person, the signature block names the governments only.
 * Signatories and positions are null; the signing date and place come from the closing
 * statement ("Ditandatangani di Denpasar pada tanggal …"), or are null when it is a placeholder.
 */
function composeInternational(random: Random, iso: string): RealWorldComposed {
  const shapes = ['kind:MOU', 'scenario:INTERNATIONAL', 'labels:none', 'numbers:none', 'party:none'];
  const phrase = random.pick([
    'MEMORANDUM SALING PENGERTIAN',
    'NOTA KESEPAHAMAN',
    'MEMORANDUM OF UNDERSTANDING',
  ]);
  const doc =
    phrase === 'MEMORANDUM OF UNDERSTANDING'
      ? 'Memorandum of Understanding'
      : capitalised(phrase.toLowerCase());
  const governments = ['Pemerintah Republik Indonesia', `Pemerintah ${random.pick(COUNTRIES)}`];
  const subject = `Kerja Sama di Bidang ${random.pick(FIELDS)}`;
  const blocks = preambleBlocks(random, phrase, governments, subject, shapes);
  const term = termFor(random, null, doc, 'ditandatangani');
  const specs: ClauseSpec[] = [
    purposeClause(random, false),
    scopeClause(random, [
      'pertukaran informasi dan tenaga ahli',
      'pelatihan dan lokakarya',
      'penelitian bersama',
    ]),
    term.clause,
    disputeClause(random),
  ];
  const vars = { DOC: doc, PARA: 'Para Pihak', SUBJECT_LC: subject.toLowerCase() };
  const clauses = articleBlocks(specs, vars, false, blocks);
  const { placeholder, city } = signingBlocks(random, iso, governments, blocks, shapes);
  const signedOn = placeholder ? null : iso;
  const expected: ExpectedAgreement = {
    kind: 'MOU',
    kindName: phrase,
    isDraft: false,
    title: subject.toUpperCase(),
    numbers: [],
    signedOn,
    signedDay: null,
    place: placeholder ? null : city,
    parties: governments.map(governmentParty),
    legalBases: [],
    implements: null,
    clauses,
    durationMonths: term.durationMonths,
    effectiveFrom: signedOn,
    expiresOn: signedOn ? addMonths(signedOn, term.durationMonths) : null,
    terminationNoticeDays: null,
    renewable: term.renewable,
  };
  return { document: { blocks, labels: [], runningHeader: null, site: null }, expected, shapes };
}

/**
 * The title, the governments called "Para Pihak" together, an earlier treaty now and then (a
 * date that is not the signing date), and the preamble.
 */
function preambleBlocks(
  random: Random,
  phrase: string,
  governments: readonly string[],
  subject: string,
  shapes: string[],
): Block[] {
  const blocks: Block[] = [
    {
      kind: 'title',
      lines: [
        phrase,
        'ANTARA',
        governments[0]!.toUpperCase(),
        'DAN',
        governments[1]!.toUpperCase(),
        'TENTANG',
        subject.toUpperCase(),
      ],
    },
    {
      kind: 'text',
      text: `${governments[0]} dan ${governments[1]} (selanjutnya secara bersama-sama disebut “Para Pihak” dan secara sendiri-sendiri disebut “Pihak”);`,
    },
  ];
  if (random.chance(0.6)) {
    const d = addDays(`${random.int(1975, 2008)}-01-01`, random.int(0, 360));
    blocks.push({
      kind: 'text',
      text: `Merujuk pada Persetujuan antara ${governments[0]} dan ${governments[1]} tentang Kerja Sama Ekonomi dan Teknik yang ditandatangani di Jakarta pada tanggal ${dateLong(d)};`,
    });
    shapes.push('trap:treaty');
  }
  blocks.push(
    {
      kind: 'text',
      text: 'Berkeinginan untuk meningkatkan hubungan persahabatan dan kerja sama yang saling menguntungkan;',
    },
    { kind: 'text', text: 'Telah mencapai kesepahaman sebagai berikut:' },
  );
  return blocks;
}

/**
 * "Ditandatangani di Denpasar pada tanggal …", or a placeholder with no date or place, and a
 * signature block that names the governments only.
 */
function signingBlocks(
  random: Random,
  iso: string,
  governments: readonly string[],
  blocks: Block[],
  shapes: string[],
): { placeholder: boolean; city: string } {
  const placeholder = random.chance(0.3);
  const city = random.pick(['Denpasar', 'Yogyakarta', 'Surabaya', 'Bandung']);
  blocks.push({
    kind: 'text',
    text: placeholder
      ? 'Ditandatangani di …………… pada tanggal ……………, dalam rangkap dua, dalam bahasa Indonesia dan bahasa Inggris, semua naskah sama autentiknya.'
      : `Ditandatangani di ${city} pada tanggal ${dateLong(iso)}, dalam rangkap dua, dalam bahasa Indonesia dan bahasa Inggris, semua naskah sama autentiknya.`,
  });
  shapes.push(placeholder ? 'date:placeholder' : 'date:end', placeholder ? 'place:none' : 'place:signed-at');
  blocks.push({
    kind: 'signature',
    labels: governments.map((g) => `UNTUK ${g.toUpperCase()},`),
    names: null,
  });
  return { placeholder, city };
}

/** A government as a party of a memorandum: named in the title, with no label, signatory or position. */
function governmentParty(g: string, i: number): ExpectedParty {
  return {
    ordinal: i + 1,
    label: null,
    institution: ref(g),
    agency: ref(g),
    signatory: null,
    position: null,
    actsFor: null,
    appointment: null,
    contact: null,
    obligationsCount: 0,
    rightsCount: 0,
  };
}

/**
 * What every part of one real-world agreement is written from: the signing date, the regency
 * or city it is made in (and another one, for a memorandum between two), the scenario, who the
 * parties are, and which kind of document it is. `shapes` collects the shape tags in the order
 * the choices are made.
 */
interface Setting {
  readonly random: Random;
  readonly iso: string;
  readonly local: PublicBody;
  readonly other: PublicBody;
  readonly addendum: boolean;
  readonly cast: Cast;
  readonly kind: KindChoice;
  readonly mou: boolean;
  readonly orgs: readonly Org[];
  readonly shapes: string[];
}

/** The party labels: as the parties are called, and as printed (quoted, OCR-damaged, or none). */
interface LabelsOut {
  readonly style: LabelStyle;
  readonly trueLabels: readonly (string | null)[];
  readonly printed: readonly (string | null)[];
  readonly quoted: boolean;
}

/** Composes the next real-world agreement. */
export function composeRealWorld(random: Random): RealWorldComposed {
  const shapes: string[] = [];
  const iso = randomWeekday(random);
  if (random.chance(0.05)) return composeInternational(random, iso);
  const s = settingFor(random, iso, shapes);
  const { local, kind, orgs } = s;
  const labels = labelsOf(s);
  const layout: PartyLayout = random.weighted([
    ['name-colon', 22],
    ['form', 30],
    ['form-spaced', 10],
    ['form-columns', 10],
    ['institution-first', 28],
  ] as const);
  shapes.push(`party:${layout}`);
  const draft = random.chance(0.12);
  if (draft) shapes.push('draft');
  const partial = random.chance(0.08);
  if (partial) shapes.push('partial');

  const blocks: Block[] = [];
  if (draft) blocks.push({ kind: 'text', text: random.pick(['DRAFT', 'Draft', 'KONSEP', 'Konsep']) });
  const titled = titleBlock(s, blocks);
  const numbers = titled
    ? numbersFor(random, orgs, iso, s.mou)
    : { lines: [], numbers: [], shape: 'numbers:none' };
  if (numbers.lines.length > 0) blocks.push({ kind: 'numbers', lines: numbers.lines });
  shapes.push(numbers.shape);
  openingTrapBlocks(s, blocks);
  const statement = signingStatement(s, partial);
  blocks.push({ kind: 'text', text: statement.opening });

  const { parties, printedNames } = partyBlocks(s, labels, layout, draft, blocks);
  const para = labels.style === 'none' ? 'Para Pihak' : 'PARA PIHAK';
  blocks.push({ kind: 'text', text: togetherText(labels, orgs.length) });
  const { amended, implementsNumbers } = recitalBlocks(s, para, blocks);
  const legalBases = s.addendum ? [] : legalBasisBlocks(s, blocks);

  // Articles (none in a partial text: an opening only, or a scan that stops).
  let clauses: ExpectedClause[] = [];
  let term: TermOut | null = null;
  if (!partial) {
    blocks.push({
      kind: 'text',
      text: `Sehubungan dengan hal tersebut di atas, ${para} sepakat untuk mengikatkan diri dalam ${kind.doc} ini dengan ketentuan sebagai berikut:`,
    });
    const vars = { DOC: kind.doc, PARA: para, SUBJECT_LC: s.cast.subject.toLowerCase() };
    const articles = amended ? addendumArticles(s, amended) : agreementArticles(s, statement.signedOn);
    term = articles.term;
    clauses = articleBlocks(articles.specs, vars, s.addendum, blocks);
    if (statement.closing) blocks.push({ kind: 'text', text: statement.closing });
    blocks.push({
      kind: 'signature',
      labels: labels.printed.map((l, i) => (l ? `${l},` : `${orgs[i]!.name.toUpperCase()},`)),
      names: random.chance(0.4) ? printedNames : null,
    });
  } else if (random.chance(0.5)) {
    // A scan that stops mid-sentence.
    blocks.push({ kind: 'text', text: `Sehubungan dengan hal tersebut di atas, ${para} sepakat untuk` });
  }

  const labelsPrinted = labels.printed
    .filter((l): l is string => l !== null)
    .map((l) => l.replace(/[“”]/g, ''));
  const expected: ExpectedAgreement = {
    kind: kind.kind,
    kindName: titled ? kind.phrase : null,
    isDraft: draft,
    title: titled ? s.cast.subject.toUpperCase() : null,
    numbers: numbers.numbers,
    signedOn: statement.signedOn,
    signedDay: statement.signedDay,
    place: statement.place,
    parties,
    legalBases,
    implements: implementsNumbers ? { numbers: implementsNumbers } : null,
    clauses,
    durationMonths: term?.durationMonths ?? null,
    // With no term article (a partial text) the agreement takes effect on signing, as the domain says.
    effectiveFrom: term ? term.effectiveFrom : statement.signedOn,
    expiresOn: term?.expiresOn ?? null,
    terminationNoticeDays: null,
    renewable: term?.renewable ?? null,
  };
  return {
    document: { blocks, labels: labelsPrinted, runningHeader: null, site: `jdih.${local.domain}` },
    expected,
    shapes: [...new Set(shapes)],
  };
}

/** Where, what and between whom: the regency or city, the scenario, the kind and the parties. */
function settingFor(random: Random, iso: string, shapes: string[]): Setting {
  const year = Number(iso.slice(0, 4));
  const local = random.pick(LOCALS);
  const scenario = random.weighted([
    ['HEALTH', 22],
    ['EDUCATION', 14],
    ['SERVICE', 10],
    ['LAND', 6],
    ['SOCIAL', 10],
    ['GRANT', 14],
    ['MEMORANDUM', 24],
  ] as const);
  const addendum = scenario !== 'GRANT' && scenario !== 'MEMORANDUM' && random.chance(0.15);
  const three =
    scenario !== 'GRANT' && scenario !== 'LAND' && scenario !== 'MEMORANDUM' && random.chance(0.22);
  const cast = castFor(random, scenario, local, year, three);
  const kind = chooseKind(random, scenario, addendum);
  shapes.push(kind.shape, `scenario:${scenario}`);
  if (three) shapes.push('parties:3');
  const other = random.pick(LOCALS.filter((b) => b.id !== local.id));
  const orgs = cast.kinds.map((k, i) =>
    // A memorandum between two governments: the second is another regency or city.
    orgOf(random, k, scenario === 'MEMORANDUM' && i === 1 && k === 'GOVERNMENT' ? other : local),
  );
  return { random, iso, local, other, addendum, cast, kind, mou: kind.kind === 'MOU', orgs, shapes };
}

/** Labels: memoranda often name none; some are quoted, one is OCR-damaged now and then. */
function labelsOf(s: Setting): LabelsOut {
  const { random, orgs, shapes } = s;
  const style: LabelStyle = random.weighted([
    ['KESATU', 30],
    ['PERTAMA', 30],
    ['roman', 15],
    ['mixed-case', 10],
    ['none', s.mou ? 60 : 0],
  ] as const);
  const trueLabels = labelsFor(style, orgs.length);
  const quoted = style !== 'none' && random.chance(0.25);
  const ocr = style !== 'none' && style !== 'mixed-case' && random.chance(0.12);
  const ocrAt = random.int(0, orgs.length - 1);
  const printed = trueLabels.map((l, i) => {
    if (!l) return null;
    const damaged = ocr && i === ocrAt ? ocrDamage(l) : l;
    return quoted ? `“${damaged}”` : damaged;
  });
  shapes.push(`labels:${style}`);
  if (quoted) shapes.push('labels:quoted');
  if (ocr) shapes.push('labels:ocr');
  return { style, trueLabels, printed, quoted };
}

/** The title block; an untitled PKS now and then (its kind is then named by no title). */
function titleBlock(s: Setting, blocks: Block[]): boolean {
  const { random, kind, orgs } = s;
  const titled = !(kind.kind === 'PKS' && random.chance(0.08));
  if (!titled) {
    s.shapes.push('untitled');
    return false;
  }
  const names = orgs.map((o) => o.name.toUpperCase());
  const between =
    names.length === 3
      ? [names[0]!, names[1]!, 'DAN', names[2]!]
      : [names[0]!, random.pick(['DENGAN', 'DAN']), names[1]!];
  const lines = [
    kind.phrase,
    ...(s.addendum ? ['PERJANJIAN KERJA SAMA'] : []),
    'ANTARA',
    ...between,
    'TENTANG',
    s.cast.subject.toUpperCase(),
  ];
  blocks.push({ kind: 'title', lines });
  return true;
}

/** Traps in the opening: dates that are not the signing date (a cited treaty, a letter of intent). */
function openingTrapBlocks(s: Setting, blocks: Block[]): void {
  const { random, shapes } = s;
  const openingTraps: string[] = [];
  if (s.mou && random.chance(0.3)) {
    const d = addDays(`${random.int(1975, 2005)}-01-01`, random.int(0, 360));
    openingTraps.push(
      `Merujuk pada Persetujuan antara Pemerintah Republik Indonesia dan Pemerintah ${random.pick(['Kerajaan Belanda', 'Jepang', 'Republik Korea', 'Australia'])} tentang Kerja Sama Teknik yang ditandatangani di Jakarta pada tanggal ${dateLong(d)};`,
    );
    shapes.push('trap:treaty');
  }
  if (random.chance(0.12)) {
    const d = earlier(random, s.iso, 20, 300);
    openingTraps.push(
      `Memperhatikan Surat Pernyataan Minat (Letter of Intent) ${s.orgs[1]!.name} tanggal ${dateLong(d)} perihal rencana kerja sama;`,
    );
    shapes.push('trap:loi');
  }
  for (const t of openingTraps) blocks.push({ kind: 'text', text: t });
}

/**
 * The signing statement. A partial text stops before the closing statement: its date and place
 * are then not in it.
 */
function signingStatement(s: Setting, partial: boolean): StatementOut {
  const placeOut = placeFor(s.random, s.local, s.orgs);
  const stated = statementFor(s.random, s.iso, placeOut);
  const statement =
    partial && stated.closing
      ? {
          ...stated,
          closing: null,
          signedOn: null,
          signedDay: null,
          place: null,
          shapes: [...stated.shapes.filter((x) => !x.startsWith('place:')), 'place:none'],
        }
      : stated;
  s.shapes.push(...statement.shapes);
  return statement;
}

/** The party blocks, each with its expected party and the name printed for the signature block. */
function partyBlocks(
  s: Setting,
  labels: LabelsOut,
  layout: PartyLayout,
  draft: boolean,
  blocks: Block[],
): { parties: ExpectedParty[]; printedNames: string[] } {
  const { random, orgs, local } = s;
  const absentMany = draft && random.chance(0.6);
  const romanMarker = random.chance(0.4);
  const parties: ExpectedParty[] = [];
  const printedNames: string[] = [];
  orgs.forEach((org, i) => {
    const out = draftPartyBlock(
      random,
      org,
      org.region === local.region ? local : s.other,
      s.iso,
      i + 1,
      labels.printed[i] ?? null,
      labels.trueLabels[i] ?? null,
      layout,
      {
        absentSignatory: absentMany ? random.chance(0.7) : random.chance(0.07),
        absentPosition: random.chance(0.05),
        last: i === orgs.length - 1,
        romanMarker,
      },
    );
    blocks.push(...out.blocks);
    parties.push(out.expected);
    printedNames.push(out.printed);
    s.shapes.push(...out.shapes);
  });
  return { parties, printedNames };
}

/** "PIHAK KESATU dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK." */
function togetherText(labels: LabelsOut, parties: number): string {
  if (labels.style === 'none')
    return `${parties === 3 ? 'Ketiga' : 'Kedua'} belah pihak selanjutnya secara bersama-sama disebut Para Pihak.`;
  const ls = labels.printed as string[];
  return `${ls.slice(0, -1).join(', ')} dan ${ls[ls.length - 1]!} secara bersama-sama disebut ${labels.quoted ? '“PARA PIHAK”' : 'PARA PIHAK'}.`;
}

/**
 * The recitals, with the dates that are not the signing date: the agreement an addendum
 * amends, or the memorandum a PKS follows up.
 */
function recitalBlocks(
  s: Setting,
  para: string,
  blocks: Block[],
): { amended: { numbers: string[]; date: string } | null; implementsNumbers: string[] | null } {
  const { random, iso, orgs, kind, shapes } = s;
  const subjectTitle = s.cast.subject;
  const recitals: string[] = [];
  let amended: { numbers: string[]; date: string } | null = null;
  let implementsNumbers: string[] | null = null;
  if (s.addendum) {
    const d = earlier(random, iso, 200, 1100);
    amended = { numbers: orgs.slice(0, 2).map((o) => numberOf(random, o, d, false)), date: d };
    implementsNumbers = amended.numbers;
    recitals.push(
      `bahwa ${para} telah menandatangani Perjanjian Kerja Sama Nomor ${amended.numbers.join(' dan Nomor ')} tanggal ${dateLong(d)} tentang ${subjectTitle}, yang selanjutnya disebut Perjanjian Kerja Sama;`,
    );
    shapes.push('trap:earlier-pks');
  } else if (kind.kind === 'PKS' && random.chance(0.25)) {
    const d = earlier(random, iso, 30, 900);
    const n = `${orgs[0]!.numberCode}/${random.int(1, 99)}/NK/${d.slice(0, 4)}`;
    implementsNumbers = [n];
    recitals.push(
      `bahwa ${kind.doc} ini merupakan tindak lanjut dari Nota Kesepahaman antara ${orgs[0]!.agency} dengan ${orgs[1]!.agency === orgs[0]!.agency ? orgs[1]!.name : orgs[1]!.agency} Nomor ${n} tanggal ${dateLong(d)} tentang Kerja Sama Pembangunan Daerah;`,
    );
    shapes.push('trap:earlier-mou');
  }
  recitals.push(
    `bahwa ${para} sepakat untuk bekerja sama dalam ${subjectTitle.charAt(0).toLowerCase()}${subjectTitle.slice(1)} sesuai dengan tugas dan fungsi masing-masing;`,
  );
  blocks.push({ kind: 'text', text: `${para} terlebih dahulu menerangkan hal-hal sebagai berikut:` });
  recitals.forEach((r, i) => {
    const last = i === recitals.length - 1;
    blocks.push({
      kind: 'item',
      label: `${String.fromCharCode(97 + i)}.`,
      text: last ? r.replace(/;$/, '.') : r,
      depth: 0,
    });
  });
  return { amended, implementsNumbers };
}

/** Legal bases, in about half of the texts, under one of the headings users print. */
function legalBasisBlocks(s: Setting, blocks: Block[]): ExpectedLegalBasis[] {
  const { random } = s;
  const legalBases: ExpectedLegalBasis[] = [];
  if (!random.chance(0.55)) return legalBases;
  const bases = legalBasesFor(random, s.local, s.iso, s.orgs);
  blocks.push({
    kind: 'text',
    text: random.pick(['Mengingat :', 'Dasar Hukum :', 'DASAR KERJASAMA', 'Berdasarkan :']),
  });
  bases.forEach((b, i) => {
    blocks.push({
      kind: 'item',
      label: `${i + 1}.`,
      text: `${b.text}${i === bases.length - 1 ? '.' : ';'}`,
      depth: 0,
    });
    if (b.expected) legalBases.push(b.expected);
    s.shapes.push(b.shape);
  });
  return legalBases;
}

/** An addendum's articles: the amended term, the rest unchanged, closing. */
function addendumArticles(
  s: Setting,
  amended: { numbers: string[]; date: string },
): { specs: ClauseSpec[]; term: TermOut } {
  const { random } = s;
  const term = termFor(random, amended.date, 'Perjanjian Kerja Sama', dateLong(amended.date));
  const specs: ClauseSpec[] = [];
  specs.push({
    heading: 'PERUBAHAN',
    topic: 'AMENDMENT',
    paragraphs: [
      {
        numbered: false,
        text: `Ketentuan Pasal ${random.int(3, 9)} Perjanjian Kerja Sama diubah sehingga berbunyi sebagai berikut:`,
        items: [],
      },
      { ...term.clause.paragraphs[0]!, numbered: true },
    ],
  });
  specs.push({
    heading: 'KETENTUAN LAIN',
    topic: 'OTHER',
    paragraphs: [
      {
        numbered: false,
        text: `Ketentuan lain dalam Perjanjian Kerja Sama yang tidak diubah dalam ${s.kind.doc} ini dinyatakan tetap berlaku.`,
        items: [],
      },
    ],
  });
  specs.push(closingClause(random, false));
  return { specs, term };
}

/** A PKS's, grant's or memorandum's articles: purpose, scope, funding (sometimes), term, disputes, closing. */
function agreementArticles(s: Setting, signedOn: string | null): { specs: ClauseSpec[]; term: TermOut } {
  const { random, kind } = s;
  const term = termFor(random, signedOn, kind.doc, 'ditandatangani');
  const specs: ClauseSpec[] = [purposeClause(random, false), scopeClause(random, s.cast.scope)];
  if (kind.kind === 'NPHD' || random.chance(0.5)) specs.push(fundingClause(random));
  specs.push(term.clause, disputeClause(random), closingClause(random, false));
  return { specs, term };
}

/**
 * Writes the articles ("Pasal 1", or "Pasal I" in an addendum), their numbered paragraphs and
 * lettered items; returns what the parser should read of them.
 */
function articleBlocks(
  specs: readonly ClauseSpec[],
  vars: Readonly<Record<string, string>>,
  roman: boolean,
  blocks: Block[],
): ExpectedClause[] {
  const clauses: ExpectedClause[] = [];
  specs.forEach((c, ci) => {
    const number = roman ? ROMAN[ci]! : String(ci + 1);
    clauses.push({ number, heading: c.heading, topic: c.topic as ClauseTopic });
    blocks.push({ kind: 'pasal', word: 'Pasal', number, heading: c.heading });
    let n = 0;
    for (const p of c.paragraphs) {
      const text = fill(p.text, vars);
      if (p.numbered) blocks.push({ kind: 'item', label: `(${++n})`, text, depth: 0 });
      else blocks.push({ kind: 'text', text });
      p.items.forEach((it, k) =>
        blocks.push({
          kind: 'item',
          label: `${String.fromCharCode(97 + k)}.`,
          text: `${fill(it, vars)}${k === p.items.length - 1 ? '.' : ';'}`,
          depth: p.numbered ? 1 : 0,
        }),
      );
    }
  });
  return clauses;
}
