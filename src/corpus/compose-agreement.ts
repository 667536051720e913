/**
 * Composes one agreement: picks what it is (PKS, MoU, addendum), between whom, when, under
 * which clauses and wordings, and returns the layout-free document with its ground truth.
 * Everything varied here is recorded in the ground truth exactly as printed.
 */
import type { AgreementKind, ClauseTopic } from '../domain/agreement.js';
import { instrumentKey } from '../parsing/index.js';
import type { World } from './build-world.js';
import type { ClauseSpec, ParagraphSpec } from './compose-clauses.js';
import {
  amendmentClause,
  closingClause,
  confidentialityClause,
  definitionsClause,
  disputeClause,
  evaluationClause,
  forceMajeureClause,
  fundingClause,
  heading,
  implementationClause,
  intellectualPropertyClause,
  otherClause,
  purposeClause,
  restrictionsClause,
  scopeClause,
} from './compose-clauses.js';
import type { PartyDraft } from './compose-parties.js';
import { chooseOffice, draftParty, unitNameOn } from './compose-parties.js';
import type { InstrumentData } from './data/legal-instruments.js';
import { LEGAL_INSTRUMENTS, inForceOn } from './data/legal-instruments.js';
import type { PublicBody } from './data/public-bodies.js';
import { bodyById, bodyExistsOn } from './data/public-bodies.js';
import type { Subject } from './data/subjects.js';
import { SUBJECTS } from './data/subjects.js';
import type {
  AgreementDocument,
  Block,
  ExpectedAgreement,
  ExpectedClause,
  ExpectedLegalBasis,
  ExpectedParty,
} from './document-model.js';
import {
  MONTHS,
  addDays,
  addMonths,
  capitalised,
  countWithWords,
  dateLong,
  dateNumeric,
  dayName,
  isoParts,
  numberInWords,
} from './indonesian-words.js';
import type { Random } from './random.js';

/** Agreements already composed, so later ones can follow up an MoU or amend a PKS. */
export interface Registry {
  readonly pks: PksRecord[];
  readonly mous: MouRecord[];
  readonly counters: Map<string, number>;
}

interface PksRecord {
  readonly numbers: readonly string[];
  readonly date: string;
  readonly title: string;
  readonly a: PublicBody;
  readonly b: PublicBody;
  readonly subject: Subject;
  readonly aFirst: boolean;
  readonly termClause: string;
}

interface MouRecord {
  readonly numbers: readonly string[];
  readonly date: string;
  readonly title: string;
  readonly a: PublicBody;
  readonly b: PublicBody;
  readonly word: string;
}

export function createRegistry(): Registry {
  return { pks: [], mous: [], counters: new Map() };
}

export interface Composed {
  readonly document: AgreementDocument;
  readonly expected: ExpectedAgreement;
}

const FIRST_DAY = Date.UTC(2019, 0, 2);
const LAST_DAY = Date.UTC(2025, 11, 30);

function randomWeekday(random: Random, from = FIRST_DAY, to = LAST_DAY): string {
  for (;;) {
    const t = from + random.int(0, Math.floor((to - from) / 86_400_000)) * 86_400_000;
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) return d.toISOString().slice(0, 10);
  }
}

function weekdayOnOrAfter(iso: string): string {
  let d = iso;
  while (dayName(d) === 'Sabtu' || dayName(d) === 'Minggu') d = addDays(d, 1);
  return d;
}

function nextNumber(registry: Registry, key: string, random: Random): number {
  const n = (registry.counters.get(key) ?? random.int(3, 40)) + random.int(1, 9);
  registry.counters.set(key, n);
  return n;
}

/** A document number as the body's registry writes it. */
function documentNumber(
  random: Random,
  registry: Registry,
  body: PublicBody,
  unitCode: string,
  iso: string,
  mou: boolean,
): string {
  const { year, month } = isoParts(iso);
  const mm = String(month).padStart(2, '0');
  const n = nextNumber(registry, `${body.id}|${year}|${mou}`, random);
  const acr = (body.acronym ?? '').toUpperCase().replace(/[^A-Z]/g, '');
  if (body.id === 'bssn') {
    return mou
      ? `${random.pick(['NK', 'PERJ'])}.${n}/KABSSN/KJ.01.01/${mm}/${year}`
      : `PERJ.${n}/BSSN/${unitCode}/${random.pick(['HK.07.02', 'KJ.01.02', 'HK.07.02'])}/${mm}/${year}`;
  }
  if (body.kind === 'MINISTRY' || body.kind === 'AGENCY') {
    const style = random.int(0, 3);
    if (mou) return style < 2 ? `${n}/NK/${acr}/${mm}/${year}` : `HK.01.01/${n}/${acr}/${year}`;
    if (style === 0) return `${n}/SJ-${acr.slice(0, 4)}/PKS/${mm}/${year}`;
    if (style === 1) return `PKS.${n}/${acr}/${unitCode}/${mm}/${year}`;
    if (style === 2) return `${acr.slice(0, 3)}-${n}.HK.04.02 Tahun ${year}`;
    return `HK.02.03/${n}/${acr}/${year}`;
  }
  const code = random.pick(['046', '119', '180', '555', '027', '000.3']);
  return mou
    ? `${code}/${n}/NK/${year}`
    : random.pick([
        `${code}/${n}/PKS/${year}`,
        `${code}/${n}/${random.pick(['DISKOMINFO', 'SETDA', 'HUK'])}/${year}`,
        `${n}/PKS/${code}/${year}`,
      ]);
}

function pickSubject(random: Random): Subject {
  return random.weighted(SUBJECTS.map((s) => [s, s.weight] as const));
}

/** A beneficiary body that existed on the date and is not the provider. */
function pickBeneficiary(random: Random, world: World, provider: PublicBody, iso: string): PublicBody {
  const kind = random.weighted([
    ['MINISTRY', 22],
    ['AGENCY', 14],
    ['PROVINCE', 16],
    ['LOCAL', 48],
  ] as const);
  for (;;) {
    const b = random.pick(world.bodies);
    const k = b.kind === 'REGENCY' || b.kind === 'CITY' ? 'LOCAL' : b.kind;
    if (k === kind && b.id !== provider.id && bodyExistsOn(b, iso)) return b;
  }
}

/** The live successor of a body that was renamed (an addendum to a 2023 PKS of Kemenkumham is signed by Kemenkum). */
function liveBody(body: PublicBody, iso: string): PublicBody | null {
  if (bodyExistsOn(body, iso)) return body;
  const successor: Record<string, string> = { kemenkumham: 'kemenkum', kominfo: 'komdigi' };
  const next = successor[body.id];
  return next ? bodyById(next) : null;
}

interface Labels {
  readonly first: string;
  readonly second: string;
  readonly quoted: boolean;
}

function pickLabels(random: Random): Labels {
  const style = random.weighted([
    ['KESATU', 60],
    ['PERTAMA', 20],
    ['ROMAN', 20],
  ] as const);
  const quoted = random.chance(0.15);
  if (style === 'ROMAN') return { first: 'PIHAK I', second: 'PIHAK II', quoted };
  return { first: `PIHAK ${style}`, second: 'PIHAK KEDUA', quoted };
}

function fill(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{([A-Z_]+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** Chooses a subset of a pool in its order, at least `min` long. */
function subset<T>(random: Random, pool: readonly T[], min: number): T[] {
  const target = random.int(Math.min(min, pool.length), pool.length);
  const out = [...pool];
  while (out.length > target) out.splice(random.int(1, out.length - 1), 1);
  return out;
}

const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
];

interface ItemStyle {
  readonly kind: 'alpha' | 'paren';
  /** Skip from this index on by this many letters ("h." then "l."), as one seed prints. */
  readonly skipAt: number | null;
}

function itemLabels(style: ItemStyle, n: number, numbered: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (numbered) {
      out.push(`${i + 1}.`);
      continue;
    }
    if (style.kind === 'paren') {
      out.push(`${i + 1})`);
      continue;
    }
    const idx = style.skipAt !== null && i >= style.skipAt ? i + 3 : i;
    out.push(`${String.fromCharCode(97 + Math.min(idx, 25))}.`);
  }
  return out;
}

/** Chooses legal bases that fit the parties and the date. */
function pickLegalBases(
  random: Random,
  iso: string,
  subject: Subject,
  bodies: readonly PublicBody[],
): InstrumentData[] {
  const regional = bodies.some((b) => b.kind !== 'MINISTRY' && b.kind !== 'AGENCY');
  const ministry = bodies.some((b) => b.kind === 'MINISTRY');
  const tags = new Set([
    'ALL',
    ...subject.tags,
    ...(regional ? ['REGION'] : []),
    ...(ministry ? ['MINISTRY'] : []),
  ]);
  if (regional && subject.tags.includes('CYBER')) tags.add('CYBER-REGION');
  const ids = new Set(bodies.map((b) => b.id));
  const fitting = LEGAL_INSTRUMENTS.filter(
    (i) =>
      inForceOn(i, iso) && i.kind !== 'KITAB' && (i.body ? ids.has(i.body) : i.tags.some((t) => tags.has(t))),
  );
  const chosen = subset(random, fitting, 3).slice(0, random.int(3, 13));
  return chosen;
}

const KIND_ORDER: Readonly<Record<string, number>> = {
  UNDANG_UNDANG: 0,
  PERATURAN_PEMERINTAH: 1,
  PERATURAN_PRESIDEN: 2,
  PERATURAN_MENTERI: 3,
  PERATURAN_BADAN: 4,
  PERATURAN_DAERAH: 5,
  KITAB: -1,
};

export function legalBasisText(
  random: Random,
  i: InstrumentData,
  iso: string,
): { text: string; expected: ExpectedLegalBasis } {
  const signYear = Number(iso.slice(0, 4));
  const amendments = i.amendments.filter((a) => a.year < signYear);
  if (i.kind === 'KITAB') {
    return {
      text: `${i.printedAs}${random.chance(0.5) ? ' (Burgerlijk Wetboek)' : ''}`,
      expected: {
        kind: 'KITAB',
        issuer: null,
        number: null,
        year: null,
        key: instrumentKey({ kind: 'KITAB', issuer: null, number: null, year: null, title: i.title }),
        amendedBy: [],
      },
    };
  }
  const republik = i.kind !== 'PERATURAN_DAERAH' && random.chance(0.25) ? ' Republik Indonesia' : '';
  const printedAs = i.printedAs === 'Undang-Undang' && random.chance(0.2) ? 'Undang-undang' : i.printedAs;
  const gazette = i.gazette && random.chance(0.75);
  let text = `${printedAs}${republik} Nomor ${i.number} Tahun ${i.year} tentang ${i.title}${gazette ? ` (${i.gazette})` : ''}`;
  let amendedBy: { number: string; year: number }[] = [];
  if (amendments.length > 0) {
    const ref = (a: (typeof amendments)[number]): string =>
      `${a.printedAs} Nomor ${a.number} Tahun ${a.year} tentang ${a.title}${gazette && a.gazette ? ` (${a.gazette})` : ''}`;
    const last = amendments[amendments.length - 1]!;
    if (amendments.length === 1) {
      text += ` sebagaimana telah diubah dengan ${ref(last)}`;
      amendedBy = [{ number: last.number, year: last.year }];
    } else if (random.chance(0.6)) {
      text += ` sebagaimana telah ${random.pick(['beberapa kali diubah terakhir', 'berkali-kali diubah terakhir', 'diubah beberapa kali, terakhir'])} dengan ${ref(last)}`;
      amendedBy = [{ number: last.number, year: last.year }];
    } else {
      const refs = amendments.map(ref);
      text += ` sebagaimana telah diubah dengan ${refs.slice(0, -1).join(', ')} dan ${refs[refs.length - 1]}`;
      amendedBy = amendments.map((a) => ({ number: a.number, year: a.year }));
    }
  }
  return {
    text,
    expected: {
      kind: i.kind,
      issuer: i.issuer,
      number: i.number,
      year: i.year,
      key: instrumentKey({ kind: i.kind, issuer: i.issuer, number: i.number, year: i.year }),
      amendedBy,
    },
  };
}

function regionalRegulation(random: Random, body: PublicBody): InstrumentData | null {
  if (!body.region) return null;
  const number = String(random.int(1, 15));
  return {
    id: `perda-${body.id}`,
    kind: 'PERATURAN_DAERAH',
    issuer: body.region,
    printedAs: `Peraturan Daerah ${body.region}`,
    number,
    year: 2016,
    title: 'Pembentukan dan Susunan Perangkat Daerah',
    gazette: `Lembaran Daerah ${body.region} Tahun 2016 Nomor ${number}`,
    amendments: [],
    tags: [],
  };
}

/** The opening sentence: day, date in words, its numeric copy, and sometimes the place. */
function opening(random: Random, iso: string, place: string | null): string {
  const p = isoParts(iso);
  const cap = random.chance(0.8);
  const w = (n: number): string => (cap ? capitalised(numberInWords(n)) : numberInWords(n));
  const numeric = random.chance(0.85) ? ` (${dateNumeric(iso)})` : '';
  const where = place ? random.pick([` bertempat di ${place},`, ` di ${place},`]) : '';
  const signers = random.pick([
    'yang bertanda tangan di bawah ini:',
    'yang bertanda tangan dibawah ini:',
    'kami yang bertanda tangan di bawah ini:',
  ]);
  if (random.chance(0.3)) {
    return `Pada hari ini, ${dayName(iso)}, tanggal ${w(p.day)}, bulan ${MONTHS[p.month - 1]}, tahun ${w(p.year)}${numeric},${where} ${signers}`;
  }
  return `Pada hari ini ${dayName(iso)} tanggal ${w(p.day)} bulan ${MONTHS[p.month - 1]} tahun ${w(p.year)}${numeric},${where} ${signers}`;
}

interface Term {
  readonly clause: ClauseSpec;
  readonly durationMonths: number;
  readonly effectiveFrom: string;
  readonly expiresOn: string;
  readonly notice: number | null;
  readonly renewable: boolean | null;
}

function termClause(random: Random, iso: string, docWord: string, mou: boolean): Term {
  const unitYears = random.chance(0.88);
  const years = mou ? random.pick([3, 5, 5, 5]) : random.pick([1, 2, 3, 3, 4, 4, 4, 5]);
  const months = unitYears ? years * 12 : random.pick([6, 12, 18, 24]);
  const span = unitYears ? `${countWithWords(years)} tahun` : `${countWithWords(months)} bulan`;
  const startVariant = random.weighted([
    ['signed', 70],
    ['stated', 15],
    ['range', 15],
  ] as const);
  const renewable = random.chance(0.85) ? true : null;
  const renew = renewable
    ? ` dan dapat ${random.pick(['diperpanjang atau diperbaharui', 'diperpanjang', 'diperpanjang atau diperbarui', 'diperpanjang atau diakhiri'])} sesuai kesepakatan {PARA}`
    : '';
  let effectiveFrom = iso;
  let expiresOn: string;
  let first: string;
  if (startVariant === 'signed') {
    first = `{DOC} ini berlaku untuk jangka waktu ${span} terhitung sejak tanggal ditandatangani${renew}.`;
    expiresOn = addMonths(iso, months);
  } else if (startVariant === 'stated') {
    effectiveFrom = addDays(iso, random.chance(0.5) ? -random.int(20, 250) : random.int(5, 60));
    first = `{DOC} ini berlaku terhitung sejak tanggal ${dateLong(effectiveFrom)} untuk jangka waktu ${span}${renew}.`;
    expiresOn = addMonths(effectiveFrom, months);
  } else {
    expiresOn = addDays(addMonths(effectiveFrom, months), -1);
    first = `{DOC} ini berlaku untuk jangka waktu ${span}, terhitung mulai tanggal ${dateLong(effectiveFrom)} sampai dengan tanggal ${dateLong(expiresOn)}${renew}.`;
  }
  const notice = random.chance(0.88) ? random.pick([14, 30, 30, 30, 60, 60, 90]) : null;
  const paragraphs: ParagraphSpec[] = [{ numbered: true, text: first, items: [] }];
  if (renewable && random.chance(0.2)) {
    paragraphs.push({
      numbered: true,
      text: `Dalam hal {PARA} bermaksud memperpanjang {DOC} ini, salah satu PIHAK menyampaikan maksud tersebut secara tertulis kepada PIHAK lainnya paling lambat ${countWithWords(random.pick([3, 6]))} bulan sebelum berakhirnya jangka waktu {DOC} ini.`,
      items: [],
    });
  }
  if (notice !== null) {
    paragraphs.push({
      numbered: true,
      text: `Dalam hal salah satu PIHAK berkeinginan untuk mengakhiri {DOC} ini sebelum jangka waktu sebagaimana dimaksud pada ayat (1) berakhir, PIHAK tersebut wajib memberitahukan secara tertulis kepada pihak lainnya paling lambat ${countWithWords(notice)} hari kalender sebelum usulan pengakhiran {DOC} ini.`,
      items: [],
    });
    paragraphs.push({
      numbered: true,
      text: 'Pengakhiran {DOC} sebagaimana dimaksud pada ayat (2) berlaku efektif setelah adanya kesepakatan antara {PARA}.',
      items: [],
    });
  }
  if (!mou && random.chance(0.8)) {
    paragraphs.push({
      numbered: true,
      text: '{PARA} sepakat untuk mengesampingkan Pasal 1266 Kitab Undang-undang Hukum Perdata terkait syarat diperlukannya putusan pengadilan dalam pengakhiran perjanjian.',
      items: [],
    });
  }
  void docWord;
  const single = paragraphs.length === 1;
  return {
    clause: {
      heading: heading(random, 'TERM'),
      topic: 'TERM',
      paragraphs: single ? [{ ...paragraphs[0]!, numbered: false }] : paragraphs,
    },
    durationMonths: months,
    effectiveFrom,
    expiresOn,
    notice,
    renewable,
  };
}

function phoneFor(
  random: Random,
  body: PublicBody,
  balai: boolean,
): { printed: string; value: string | null } {
  if (balai) {
    const v = random.pick(['(021) 50966400', '(021)50966400', '183']);
    return { printed: v, value: v };
  }
  if (random.chance(0.1)) return { printed: '-', value: null };
  const area = body.phoneArea;
  const digits = area === '021' ? String(random.int(3000000, 89999999)) : String(random.int(20000, 899999));
  const v = random.pick([
    `(${area}) ${digits}`,
    `(${area}) ${digits}`,
    `${area}-${digits}`,
    `(${area}) ${digits.slice(0, 3)} ${digits.slice(3)} ext. ${random.int(100, 4999)}`,
  ]);
  return { printed: v, value: v };
}

function emailFor(body: PublicBody, unitName: string, balai: boolean): string {
  if (balai) return 'info.bsre@bssn.go.id';
  if (/Sekretariat Daerah/.test(unitName)) return `setda@${body.domain}`;
  if (/Sekretariat/.test(unitName)) return `${body.kind === 'AGENCY' ? 'settama' : 'setjen'}@${body.domain}`;
  if (body.kind === 'MINISTRY' || body.kind === 'AGENCY') return `pusdatin@${body.domain}`;
  return `diskominfo@${body.domain}`;
}

interface ContactOut {
  readonly blocks: Block[];
  readonly email: string;
  readonly phone: string | null;
}

function contactBlocks(
  random: Random,
  draft: PartyDraft,
  label: string,
  itemLabel: string,
  style: number,
  iso: string,
): ContactOut {
  const office = draft.tenure.office;
  const body = office.body;
  const balai = office.unit?.role === 'BALAI';
  const unitName = balai ? draft.contactUnit : (body.units.find((u) => u.role === 'IT')?.name ?? body.name);
  const phone = phoneFor(random, body, balai);
  const email = emailFor(body, unitName, balai);
  const address = balai ? 'Jalan Harsono RM Nomor 70, Jakarta Selatan 12550' : body.address;
  const blocks: Block[] = [{ kind: 'item', label: itemLabel, text: label, depth: 1 }];
  if (style === 0) {
    const unitLines = [unitName.toUpperCase()];
    if (balai) unitLines.unshift('SEKSI PELAYANAN SERTIFIKASI ELEKTRONIK');
    else if (random.chance(0.4)) unitLines.push(body.name.replace(/^Pemerintah /, '').toUpperCase());
    const lines = [
      ...unitLines,
      address,
      `${random.pick(['Telp', 'Telp', 'Telepon'])} : ${phone.printed}`,
      `${random.pick(['Email', 'Email', 'E-mail', 'Surel'])} : ${email}`,
    ];
    blocks.push({ kind: 'lines', lines, strong: unitLines.map((_, i) => i) });
  } else {
    const head = balai ? `Kepala ${unitNameOn(random, office.unit!, iso)}` : `Kepala ${unitName}`;
    blocks.push({
      kind: 'lines',
      lines: [
        `Penanggung jawab : ${head}`,
        `Alamat : ${address}`,
        `Telepon : ${phone.printed}`,
        `Email : ${email}`,
      ],
      strong: [],
    });
  }
  return { blocks, email, phone: phone.value };
}

type DocKind = 'PKS' | 'KONTRAK' | 'MOU' | 'ADDENDUM';

interface Plan {
  readonly kind: DocKind;
  readonly date: string;
  readonly subject: Subject;
  readonly a: PublicBody;
  readonly b: PublicBody;
  readonly aFirst: boolean;
  readonly implementsMou: MouRecord | null;
  readonly amends: PksRecord | null;
}

function plan(random: Random, world: World, registry: Registry): Plan {
  let kind: DocKind = random.weighted([
    ['PKS', 72],
    ['KONTRAK', 3],
    ['MOU', 13],
    ['ADDENDUM', 12],
  ] as const);
  if (kind === 'ADDENDUM') {
    const candidates = registry.pks.filter((p) => p.date < '2025-06-01');
    if (candidates.length > 0) {
      const orig = random.pick(candidates.slice(-200));
      const date = weekdayOnOrAfter(addDays(orig.date, random.int(180, 1100)));
      const a = liveBody(orig.a, date);
      const b = liveBody(orig.b, date);
      if (a && b && date <= '2025-12-31')
        return {
          kind,
          date,
          subject: orig.subject,
          a,
          b,
          aFirst: orig.aFirst,
          implementsMou: null,
          amends: orig,
        };
    }
    kind = 'PKS';
  }
  const subject = pickSubject(random);
  const provider = bodyById(subject.provider);
  if (kind === 'PKS' && registry.mous.length > 0 && random.chance(0.3)) {
    const mous = registry.mous.filter((m) => m.b.id === provider.id || m.a.id === provider.id);
    if (mous.length > 0) {
      const mou = random.pick(mous.slice(-50));
      const date = weekdayOnOrAfter(addDays(mou.date, random.int(20, 900)));
      const other = mou.a.id === provider.id ? mou.b : mou.a;
      const a = liveBody(other, date);
      if (a && date <= '2025-12-31' && bodyExistsOn(provider, date)) {
        return {
          kind,
          date,
          subject,
          a,
          b: provider,
          aFirst: random.chance(0.85),
          implementsMou: mou,
          amends: null,
        };
      }
    }
  }
  const date = randomWeekday(random);
  const a = pickBeneficiary(random, world, provider, date);
  return {
    kind,
    date,
    subject,
    a,
    b: provider,
    aFirst: random.chance(kind === 'MOU' ? 0.6 : 0.85),
    implementsMou: null,
    amends: null,
  };
}

/**
 * What every part of one agreement's text is written from: the plan, the parties in printed
 * order with their drafts and labels, the document's own word ("Perjanjian Kerja Sama"), and
 * `fill` for the {A}, {B}, {DOC} … placeholders of the subject's and clauses' wordings.
 */
interface Composition {
  readonly random: Random;
  readonly plan: Plan;
  readonly mou: boolean;
  readonly addendum: boolean;
  readonly bodies: readonly PublicBody[];
  readonly drafts: readonly PartyDraft[];
  readonly labels: Labels;
  readonly labelOf: readonly string[];
  readonly quote: (label: string) => string;
  readonly docWord: string;
  /** The subject as the title and the closing recital name it. */
  readonly subjectTitle: string;
  readonly fill: (text: string) => string;
}

/** The articles of an agreement as planned, before their numbers and blocks are written. */
interface Articles {
  readonly clauses: ClauseSpec[];
  readonly term: Term;
  /** The correspondence article, whose contacts are written per party; null when there is none. */
  readonly correspondence: ClauseSpec | null;
  /** How many obligations and rights each party has, in printed order. */
  readonly counts: readonly { readonly obligations: number; readonly rights: number }[];
}

/** Composes the next agreement of the corpus. */
export function composeAgreement(random: Random, world: World, registry: Registry): Composed {
  const c = compositionOf(random, world, plan(random, world, registry));
  const { plan: p, mou, addendum, bodies, drafts } = c;
  const blocks: Block[] = [];

  const { hasTitle, kindName } = titleBlock(c, blocks);
  const numbers = numberBlock(c, registry, hasTitle, blocks);
  const place = random.chance(0.3) ? random.pick([bodies[0]!.city, bodies[1]!.city, 'Jakarta']) : null;
  blocks.push({ kind: 'text', text: opening(random, p.date, place) });
  partyBlocks(c, blocks);
  recitalBlocks(c, blocks);
  const legalBases = addendum ? [] : legalBasisBlocks(c, blocks);
  blocks.push({ kind: 'text', text: agreeingStatement(c) });

  const itemStyle: ItemStyle = {
    kind: random.chance(0.1) ? 'paren' : 'alpha',
    skipAt: random.chance(0.05) ? random.int(4, 7) : null,
  };
  const articles = addendum ? addendumArticles(random, p.amends!) : agreementArticles(c);
  const { expectedClauses, contacts } = articleBlocks(c, articles, itemStyle, blocks);
  signatureBlocks(c, blocks);
  remember(registry, c, numbers, articles.clauses);

  const parties: ExpectedParty[] = drafts.map((d, i) => ({
    ...d.expected,
    contact: contacts[i] ? { email: contacts[i]!.email, phone: contacts[i]!.phone } : null,
    obligationsCount: articles.counts[i]!.obligations,
    rightsCount: articles.counts[i]!.rights,
  }));
  const { term } = articles;
  const kind: AgreementKind = mou ? 'MOU' : addendum ? 'ADDENDUM' : 'PKS';
  const title = addendum ? p.amends!.title : c.subjectTitle;
  const expected: ExpectedAgreement = {
    kind,
    kindName,
    isDraft: false,
    title: hasTitle ? title.toUpperCase() : addendum ? null : c.subjectTitle,
    numbers,
    signedOn: p.date,
    signedDay: dayName(p.date),
    place,
    parties,
    legalBases,
    implements: p.implementsMou
      ? { numbers: p.implementsMou.numbers }
      : addendum
        ? { numbers: p.amends!.numbers }
        : null,
    clauses: expectedClauses,
    durationMonths: term.durationMonths,
    effectiveFrom: term.effectiveFrom,
    expiresOn: term.expiresOn,
    terminationNoticeDays: term.notice,
    renewable: term.renewable,
  };
  const header = random.chance(0.4) ? bodies[0]!.name.replace(/^Pemerintah /, '').toUpperCase() : null;
  return { document: { blocks, labels: c.labelOf, runningHeader: header, site: null }, expected };
}

/** Labels the parties, names the document and drafts who signs for each party. */
function compositionOf(random: Random, world: World, p: Plan): Composition {
  const mou = p.kind === 'MOU';
  const addendum = p.kind === 'ADDENDUM';
  const bodies = p.aFirst ? [p.a, p.b] : [p.b, p.a];
  const labels = pickLabels(random);
  const labelOf = [labels.first, labels.second];
  const quote = (l: string): string => (labels.quoted ? `“${l}”` : l);
  const docWord =
    p.kind === 'MOU'
      ? random.weighted([
          ['Nota Kesepahaman', 8],
          ['Memorandum of Understanding', 1],
          ['Memorandum Saling Pengertian', 1],
          ['Nota Saling Pengertian', 1],
        ] as const)
      : p.kind === 'KONTRAK'
        ? 'Kontrak Kerja Sama'
        : addendum
          ? 'Adendum'
          : 'Perjanjian Kerja Sama';

  // Parties: who signs, and how the paragraph says it.
  const drafts: PartyDraft[] = bodies.map((body, i) => {
    const office = chooseOffice(random, body, mou && random.chance(0.8));
    return draftParty(random, world, { body, office }, p.date, i + 1, labelOf[i]!);
  });

  const roleLabel = (body: PublicBody): string => labelOf[bodies.indexOf(body)]!;
  const subjectTitle = mou
    ? (p.implementsMou?.title ?? p.subject.mouTitle)
    : fill(p.subject.title, { A_BODY: p.a.name });
  const vars: Record<string, string> = {
    A: roleLabel(p.a),
    B: roleLabel(p.b),
    DOC: docWord,
    PARA: 'PARA PIHAK',
    B_UNIT: p.subject.providerUnit
      ? unitNameOn(random, { name: p.subject.providerUnit, head: '', role: 'BALAI' }, p.date)
      : p.b.name,
    SUBJECT_LC: mou
      ? subjectTitle
      : fill(p.subject.title, { A_BODY: p.a.name }).replace(
          / di Lingkungan .*$| dalam Lingkup .*$| di .*$/,
          '',
        ),
  };
  return {
    random,
    plan: p,
    mou,
    addendum,
    bodies,
    drafts,
    labels,
    labelOf,
    quote,
    docWord,
    subjectTitle,
    fill: (t) => fill(t, vars),
  };
}

/**
 * The title block: kind, "ANTARA", the two bodies, "TENTANG" and the title. An addendum always
 * has one; a tenth of the others have none (as one seed).
 */
function titleBlock(c: Composition, blocks: Block[]): { hasTitle: boolean; kindName: string | null } {
  const { random, plan: p, mou, addendum, drafts, docWord } = c;
  const title = addendum ? p.amends!.title : c.subjectTitle;
  const hasTitle = addendum || random.chance(0.9);
  const separator = random.pick(['DENGAN', 'DAN']);
  const about = random.chance(mou ? 0.2 : 0.05) ? 'MENGENAI' : 'TENTANG';
  if (!hasTitle) return { hasTitle, kindName: null };
  const partyLines = drafts.map((d) => {
    const inst = d.expected.institution.name;
    return (
      random.chance(0.5)
        ? inst
        : d.tenure.office.unit && random.chance(0.5)
          ? `${unitNameOn(random, d.tenure.office.unit, p.date)} ${d.tenure.office.body.name}`.replace(
              /(Kabupaten|Kota|Provinsi) (.*) Pemerintah \1 \2/,
              '$1 $2',
            )
          : inst
    ).toUpperCase();
  });
  const lines: string[] = [];
  let kindName: string;
  if (addendum) {
    const first = random.pick(['ADENDUM PERTAMA', 'ADENDUM I', 'ADDENDUM PERTAMA']);
    // The kind is the word, not its ordinal: "ADENDUM PERTAMA" is the first ADENDUM.
    kindName = first.split(' ')[0]!;
    lines.push(first, 'PERJANJIAN KERJA SAMA');
  } else {
    kindName =
      docWord === 'Memorandum of Understanding' ? 'MEMORANDUM OF UNDERSTANDING' : docWord.toUpperCase();
    lines.push(kindName);
  }
  lines.push('ANTARA', partyLines[0]!, separator, partyLines[1]!, about, title.toUpperCase());
  blocks.push({ kind: 'title', lines });
  return { hasTitle, kindName };
}

/** Numbers, one per party as its registry wrote it; sometimes only one, or none. */
function numberBlock(c: Composition, registry: Registry, hasTitle: boolean, blocks: Block[]): string[] {
  const { random, plan: p, drafts } = c;
  const numbers: string[] = [];
  const numberPlan = random.weighted([
    ['both', hasTitle ? 85 : 30],
    ['one', 8],
    ['none', hasTitle ? 7 : 70],
  ] as const);
  const numberOf = (d: PartyDraft): string =>
    documentNumber(
      random,
      registry,
      d.tenure.office.body,
      d.tenure.office.unit?.role === 'BALAI' ? 'BS' : 'SU',
      p.date,
      c.mou,
    );
  if (numberPlan === 'both') numbers.push(numberOf(drafts[0]!), numberOf(drafts[1]!));
  else if (numberPlan === 'one') numbers.push(numberOf(drafts[random.int(0, 1)]!));
  if (numbers.length > 0) {
    const word = random.pick(['Nomor', 'Nomor', 'NOMOR', 'Nomor']);
    const colon = random.pick([' : ', ': ', ' : ']);
    const lines = numbers.map((n) => `${word}${colon}${n}`);
    if (random.chance(0.1)) lines.push(`Tanggal : ${dateLong(p.date)}`);
    blocks.push({ kind: 'numbers', lines });
  }
  return numbers;
}

/** One paragraph per party: its signatory, position, the body acted for, and its label. */
function partyBlocks(c: Composition, blocks: Block[]): void {
  const { random } = c;
  const roman = random.chance(0.15);
  const partyLayout = random.weighted([
    ['colon', 65],
    ['own-line', 35],
  ] as const);
  c.drafts.forEach((d, i) => {
    blocks.push({
      kind: 'party',
      marker: roman ? `${ROMAN[i]}.` : `${i + 1}.`,
      name: d.printedName,
      // "NAME : selaku Sekretaris …" reads naturally only after a colon.
      body: (partyLayout === 'own-line' ? d.body.replace(/^selaku /, '') : d.body).replace(
        '{LABEL}',
        c.quote(d.expected.label),
      ),
      layout: partyLayout,
    });
  });
}

/**
 * The recitals ("bahwa …"): what each party does, the memorandum a PKS follows up, the need
 * the agreement answers; for an addendum, the agreement it amends and why.
 */
function recitalBlocks(c: Composition, blocks: Block[]): void {
  const { random, plan: p, drafts, labelOf, docWord, quote } = c;
  const recitals: string[] = [];
  const rp = (d: PartyDraft): string => {
    const body = d.tenure.office.body;
    const duty =
      body.id === p.b.id
        ? p.subject.providerDuty
        : 'menyelenggarakan urusan pemerintahan sesuai dengan ketentuan peraturan perundang-undangan';
    return `bahwa ${d.expected.label} ${random.pick(['adalah', 'merupakan'])} ${body.kind === 'MINISTRY' || body.kind === 'AGENCY' ? 'instansi pemerintah' : 'pemerintah daerah'} yang mempunyai tugas ${duty};`;
  };
  if (c.addendum) {
    const o = p.amends!;
    recitals.push(
      `bahwa PARA PIHAK telah menandatangani Perjanjian Kerja Sama Nomor ${o.numbers.join(' dan Nomor ')} tanggal ${dateLong(o.date)} tentang ${o.title}, yang selanjutnya disebut Perjanjian Kerja Sama;`,
      'bahwa berdasarkan hasil evaluasi pelaksanaan Perjanjian Kerja Sama, PARA PIHAK sepakat untuk melakukan perubahan terhadap ketentuan jangka waktu Perjanjian Kerja Sama;',
    );
  } else {
    if (random.chance(0.5)) recitals.push(rp(drafts[0]!), rp(drafts[1]!));
    if (p.implementsMou) {
      const m = p.implementsMou;
      const nums =
        m.numbers.length === 2
          ? `Nomor: ${m.numbers[0]} dan Nomor: ${m.numbers[1]}`
          : `Nomor ${m.numbers[0]}`;
      recitals.push(
        `bahwa ${docWord} ini merupakan tindak lanjut dari ${m.word} antara ${m.a.name} dengan ${m.b.name} ${nums} tentang ${m.title};`,
      );
    }
    recitals.push(`bahwa ${c.fill(p.subject.need)}.`);
  }
  const recitalList = recitals.length > 1 || random.chance(0.3);
  const together = `${labelOf[0]} dan ${labelOf[1]} selanjutnya secara bersama-sama dalam ${docWord} ini disebut ${quote('PARA PIHAK')}, dan secara sendiri-sendiri disebut ${quote('PIHAK')}`;
  if (recitalList && random.chance(0.4)) {
    blocks.push({ kind: 'text', text: `${together}, terlebih dahulu menerangkan hal-hal sebagai berikut:` });
  } else {
    blocks.push({ kind: 'text', text: `${together}.` });
    if (recitalList)
      blocks.push({ kind: 'text', text: 'PARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:' });
  }
  if (recitalList) {
    recitals.forEach((r, i) =>
      blocks.push({ kind: 'item', label: `${String.fromCharCode(97 + i)}.`, text: r, depth: 0 }),
    );
  } else {
    blocks.push({ kind: 'text', text: `PARA PIHAK menerangkan ${recitals[0]!.replace(/;$/, '.')}` });
  }
}

/** The legal bases ("Mengingat: …") of about a third of the agreements, in the order of their rank. */
function legalBasisBlocks(c: Composition, blocks: Block[]): ExpectedLegalBasis[] {
  const { random, plan: p, bodies } = c;
  const legalBases: ExpectedLegalBasis[] = [];
  if (!random.chance(0.35)) return legalBases;
  const chosen = pickLegalBases(random, p.date, p.subject, bodies);
  const perda = bodies.map((b) => regionalRegulation(random, b)).find((x) => x !== null);
  if (perda && random.chance(0.5)) chosen.push(perda);
  chosen.sort(
    (x, y) => (KIND_ORDER[x.kind] ?? 9) - (KIND_ORDER[y.kind] ?? 9) || (x.year ?? 0) - (y.year ?? 0),
  );
  if (random.chance(0.15)) chosen.unshift(LEGAL_INSTRUMENTS.find((i) => i.kind === 'KITAB')!);
  blocks.push({
    kind: 'text',
    text: random.pick([
      'Dengan memperhatikan peraturan perundang-undangan, sebagai berikut:',
      'Mengingat:',
      'Dasar hukum pelaksanaan kerja sama ini adalah:',
    ]),
  });
  chosen.forEach((inst, i) => {
    const { text, expected } = legalBasisText(random, inst, p.date);
    legalBases.push(expected);
    blocks.push({
      kind: 'item',
      label: `${i + 1}.`,
      text: `${text}${i === chosen.length - 1 ? '.' : ';'}`,
      depth: 0,
    });
  });
  return legalBases;
}

/** "… PARA PIHAK sepakat untuk melaksanakan Perjanjian Kerja Sama … sebagai berikut:" */
function agreeingStatement(c: Composition): string {
  const { random, docWord } = c;
  return c.addendum
    ? `Sehubungan dengan hal tersebut di atas, PARA PIHAK sepakat untuk membuat Adendum Pertama Perjanjian Kerja Sama (selanjutnya disebut Adendum), dengan ketentuan sebagai berikut:`
    : `${random.pick(['Sehubungan hal tersebut di atas', 'Berdasarkan hal-hal yang diuraikan tersebut di atas'])}, PARA PIHAK ${random.pick(['setuju dan bersepakat', 'sepakat'])} untuk melaksanakan ${docWord} ${random.chance(0.3) ? 'tentang ' : ''}${c.subjectTitle} (selanjutnya disebut “${docWord}”), dengan ketentuan dan syarat-syarat sebagai berikut:`;
}

/**
 * An addendum's three articles: the amended term (counted from the original agreement's date),
 * the rest unchanged, closing.
 */
function addendumArticles(random: Random, o: PksRecord): Articles {
  const clauses: ClauseSpec[] = [];
  const term = termClause(random, o.date, 'Perjanjian Kerja Sama', false);
  // The amended term counts from the original agreement's date, stated in full.
  const first = term.clause.paragraphs[0]!;
  const stated = first.text.includes('sejak tanggal ditandatangani')
    ? first.text.replace('sejak tanggal ditandatangani', `sejak tanggal ${dateLong(o.date)}`)
    : first.text;
  const changed: ParagraphSpec[] = [{ ...first, text: stated }, ...term.clause.paragraphs.slice(1)];
  clauses.push({
    heading: 'PERUBAHAN',
    topic: 'AMENDMENT',
    paragraphs: [
      {
        numbered: false,
        text: `Ketentuan Pasal ${o.termClause} Perjanjian Kerja Sama diubah sehingga berbunyi sebagai berikut:`,
        items: [],
      },
      ...changed.map((x) => ({
        ...x,
        numbered: true,
        text: fill(x.text, { DOC: 'Perjanjian Kerja Sama', PARA: 'PARA PIHAK' }),
      })),
    ],
  });
  clauses.push({
    heading: 'KETENTUAN LAIN',
    topic: 'OTHER',
    paragraphs: [
      {
        numbered: false,
        text: 'Ketentuan lain dalam Perjanjian Kerja Sama yang tidak diubah dalam Adendum ini dinyatakan tetap berlaku dan mengikat PARA PIHAK.',
        items: [],
      },
    ],
  });
  clauses.push(closingClause(random, random.chance(0.6)));
  return { clauses, term, correspondence: null, counts: [NO_PROVISIONS, NO_PROVISIONS] };
}

const NO_PROVISIONS = { obligations: 0, rights: 0 } as const;

/**
 * A PKS's or memorandum's articles, in one of the orders found in practice: definitions,
 * purpose, scope, implementation, obligations and rights (not in a memorandum), funding and
 * term, the tail (intellectual property, confidentiality, force majeure, evaluation, disputes,
 * amendment), correspondence, other provisions, closing.
 */
function agreementArticles(c: Composition): Articles {
  const { random, plan: p, mou, docWord } = c;
  const clauses: ClauseSpec[] = [];
  const term = termClause(random, p.date, docWord, mou);
  if (!mou && random.chance(0.7)) clauses.push(definitionsClause(random, p.subject.definitions));
  clauses.push(purposeClause(random, p.subject.tags.includes('CYBER')));
  clauses.push(scopeClause(random, p.subject.scope.map(c.fill)));
  if (mou || random.chance(0.15)) clauses.push(implementationClause(random));
  const counts = mou ? c.drafts.map(() => NO_PROVISIONS) : obligationsAndRights(c, clauses);
  const funding = fundingClause(random);
  const tail: ClauseSpec[] = [];
  if (random.chance(0.2)) clauses.push(term.clause, funding);
  else clauses.push(funding, term.clause);
  const ip = !mou && random.chance(0.55) ? intellectualPropertyClause(random) : null;
  const conf = confidentialityClause(random);
  if (ip && random.chance(0.3)) tail.push(conf, ip);
  else tail.push(...(ip ? [ip] : []), conf);
  if (!mou && p.subject.id === 'sertifikat-elektronik' && random.chance(0.3))
    tail.push(restrictionsClause(random));
  if (!mou || random.chance(0.5)) tail.push(forceMajeureClause(random));
  if (random.chance(0.8)) tail.push(evaluationClause(random));
  tail.push(disputeClause(random));
  tail.push(amendmentClause(random));
  clauses.push(...tail);
  let correspondence: ClauseSpec | null = null;
  if (!mou || random.chance(0.4)) {
    correspondence = {
      heading: heading(random, 'CORRESPONDENCE'),
      topic: 'CORRESPONDENCE',
      paragraphs: [],
    };
    clauses.push(correspondence);
  }
  if (random.chance(0.12)) clauses.push(otherClause(random));
  clauses.push(closingClause(random, random.chance(0.7)));
  // Occasionally the term article sits near the end, after the amendment article.
  if (random.chance(0.1)) {
    const i = clauses.indexOf(term.clause);
    clauses.splice(i, 1);
    clauses.splice(clauses.length - 2, 0, term.clause);
  }
  return { clauses, term, correspondence, counts };
}

/**
 * Obligations and rights, per party in ordinal order: one article with both, or an article of
 * obligations and one of rights. Appends them to `clauses`; returns each party's counts.
 */
function obligationsAndRights(
  c: Composition,
  clauses: ClauseSpec[],
): { obligations: number; rights: number }[] {
  const { random, plan: p, bodies, labelOf } = c;
  const aIdx = bodies.indexOf(p.a);
  const pools = c.drafts.map((_, i) => ({
    obligations: subset(
      random,
      (i === aIdx ? p.subject.obligationsA : p.subject.obligationsB).map(c.fill),
      4,
    ),
    rights: subset(random, (i === aIdx ? p.subject.rightsA : p.subject.rightsB).map(c.fill), 3),
  }));
  const kewPara = (i: number): ParagraphSpec => ({
    numbered: true,
    text: random.chance(0.8) ? `Kewajiban ${labelOf[i]}:` : `${labelOf[i]} berkewajiban:`,
    items: pools[i]!.obligations,
    provisions: { ordinal: i + 1, kind: 'OBLIGATION' },
  });
  const hakPara = (i: number): ParagraphSpec => ({
    numbered: true,
    text: random.chance(0.8) ? `Hak ${labelOf[i]}:` : `${labelOf[i]} berhak:`,
    items: pools[i]!.rights,
    provisions: { ordinal: i + 1, kind: 'RIGHT' },
  });
  if (random.chance(0.25)) {
    const rightsFirst = random.chance(0.5);
    clauses.push({
      heading: heading(random, 'RIGHTS_AND_OBLIGATIONS'),
      topic: 'RIGHTS_AND_OBLIGATIONS',
      paragraphs: rightsFirst
        ? [hakPara(0), kewPara(0), hakPara(1), kewPara(1)]
        : [kewPara(0), hakPara(0), kewPara(1), hakPara(1)],
    });
  } else {
    const kew: ClauseSpec = {
      heading: heading(random, 'OBLIGATIONS'),
      topic: 'OBLIGATIONS',
      paragraphs: [kewPara(0), kewPara(1)],
    };
    const hak: ClauseSpec = {
      heading: heading(random, 'RIGHTS'),
      topic: 'RIGHTS',
      paragraphs: [hakPara(0), hakPara(1)],
    };
    if (random.chance(0.2)) clauses.push(hak, kew);
    else clauses.push(kew, hak);
  }
  return pools.map((pool) => ({ obligations: pool.obligations.length, rights: pool.rights.length }));
}

/**
 * Writes the articles: numbers (arabic, "PASAL", or roman "Pasal I"; one OCR-damaged heading
 * now and then), paragraphs and items, and each party's contact in the correspondence article.
 */
function articleBlocks(
  c: Composition,
  articles: Articles,
  itemStyle: ItemStyle,
  blocks: Block[],
): { expectedClauses: ExpectedClause[]; contacts: (ContactOut | null)[] } {
  const { random } = c;
  const { clauses, correspondence } = articles;
  const romanNumbers = c.addendum || random.chance(0.04);
  const pasalWord = random.chance(0.15) ? 'PASAL' : 'Pasal';
  const damaged = random.chance(0.02) ? random.int(0, clauses.length - 1) : -1;
  const expectedClauses: ExpectedClause[] = [];
  const contacts: (ContactOut | null)[] = [null, null];
  clauses.forEach((clause, ci) => {
    const number = romanNumbers ? ROMAN[ci]! : String(ci + 1);
    const printedHeading = ci === damaged ? clause.heading.replace(/I/, 'l') : clause.heading;
    expectedClauses.push({ number, heading: printedHeading, topic: clause.topic as ClauseTopic });
    blocks.push({ kind: 'pasal', word: pasalWord, number, heading: printedHeading });
    if (clause === correspondence) correspondenceBlocks(c, contacts, blocks);
    else paragraphBlocks(c, clause, itemStyle, blocks);
  });
  return { expectedClauses, contacts };
}

/** The correspondence article: each party's contact, and how a change of contact is notified. */
function correspondenceBlocks(c: Composition, contacts: (ContactOut | null)[], blocks: Block[]): void {
  const { random, docWord } = c;
  blocks.push({
    kind: 'item',
    label: '(1)',
    text: random.pick([
      `Untuk kepentingan surat-menyurat dalam pelaksanaan ${docWord} ini, PARA PIHAK menunjuk wakil masing-masing sebagai berikut:`,
      `Semua pemberitahuan dan komunikasi lain berdasarkan ${docWord} ini dilakukan melalui alamat korespondensi sebagai berikut:`,
    ]),
    depth: 0,
  });
  const style = random.chance(0.75) ? 0 : 1;
  c.drafts.forEach((d, i) => {
    const out = contactBlocks(
      random,
      d,
      c.labelOf[i]!,
      `${String.fromCharCode(97 + i)}.`,
      style,
      c.plan.date,
    );
    contacts[i] = out;
    blocks.push(...out.blocks);
  });
  blocks.push({
    kind: 'item',
    label: '(2)',
    text: `Apabila terdapat perubahan dalam detail korespondensi sebagaimana dimaksud pada ayat (1), maka perubahan tersebut diberitahukan secara tertulis kepada PIHAK lainnya dalam waktu 3 (tiga) hari kerja sebelum berlakunya perubahan tersebut, tanpa perlu melakukan perubahan terhadap ${docWord} ini.`,
    depth: 0,
  });
}

/** An article's paragraphs ("(1) …") and their items ("a. …;", the last but one "; dan"). */
function paragraphBlocks(c: Composition, clause: ClauseSpec, itemStyle: ItemStyle, blocks: Block[]): void {
  const { random } = c;
  let n = 0;
  for (const para of clause.paragraphs) {
    const text = c.fill(para.text);
    if (para.numbered) blocks.push({ kind: 'item', label: `(${++n})`, text, depth: 0 });
    else blocks.push({ kind: 'text', text });
    const labelsOut = itemLabels(itemStyle, para.items.length, para.numberedItems === true);
    para.items.forEach((it, k) => {
      const last = k === para.items.length - 1;
      const ending = /[.;:]$/.test(it)
        ? ''
        : last
          ? '.'
          : k === para.items.length - 2 && random.chance(0.6)
            ? '; dan'
            : ';';
      blocks.push({
        kind: 'item',
        label: labelsOut[k]!,
        text: c.fill(it) + ending,
        depth: para.numbered ? 1 : 0,
      });
    });
  }
}

/** "Demikian … dibuat …", then the signature block. */
function signatureBlocks(c: Composition, blocks: Block[]): void {
  const { random, labels } = c;
  blocks.push({
    kind: 'text',
    text: `Demikian ${c.docWord} ini dibuat dengan ${random.pick(['itikad', 'iktikad'])} baik untuk dipatuhi dan dilaksanakan oleh PARA PIHAK.`,
  });
  // The signature block sometimes labels the first party differently (PIHAK PERTAMA for PIHAK KESATU).
  const sigFirst = labels.first === 'PIHAK KESATU' && random.chance(0.2) ? 'PIHAK PERTAMA' : labels.first;
  blocks.push({
    kind: 'signature',
    labels: [`${sigFirst},`, `${labels.second},`],
    names: random.chance(0.3) ? c.drafts.map((d) => d.printedName) : null,
  });
}

/** Remembers a numbered PKS or memorandum, so that later agreements can amend or follow it up. */
function remember(
  registry: Registry,
  c: Composition,
  numbers: string[],
  clauses: readonly ClauseSpec[],
): void {
  const p = c.plan;
  if (numbers.length === 0) return;
  if (p.kind === 'PKS' || p.kind === 'KONTRAK') {
    const termIndex = clauses.findIndex((x) => x.topic === 'TERM');
    registry.pks.push({
      numbers,
      date: p.date,
      title: c.subjectTitle,
      a: p.a,
      b: p.b,
      subject: p.subject,
      aFirst: p.aFirst,
      termClause: String(termIndex + 1),
    });
  } else if (c.mou) {
    registry.mous.push({
      numbers,
      date: p.date,
      title: c.subjectTitle,
      a: c.bodies[0]!,
      b: c.bodies[1]!,
      word: c.docWord,
    });
  }
}
