import type { CleanText } from './clean-text.js';
import type { FoundInstrument } from './parse-instrument.js';
import { parseInstrument } from './parse-instrument.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';
import { memoise } from './memoise.js';

/** One party paragraph, as ranges and values read from the cleaned text. */
export interface FoundParty {
  readonly ordinal: number;
  /** Null for a party named only in the title of a memorandum ("Para Pihak"). */
  readonly label: ReadValue | null;
  /** The printed name, ranks and degrees included. */
  readonly name: ReadValue | null;
  readonly position: ReadValue | null;
  readonly institution: ReadValue | null;
  /** The body the office acts for: "… atas nama jabatannya serta sah mewakili Pemerintah …". */
  readonly actsFor: ReadValue | null;
  /** True when the institution was read from the position ("bertindak dalam jabatannya"). */
  readonly institutionFromPosition: boolean;
  /** The rule each value was read by (see Agreement.evidence). */
  readonly rules: { readonly name: string; readonly position: string; readonly institution: string };
  /** Form labels found in the block ("Nama", "Jabatan"), which must never become values. */
  readonly formLayout: boolean;
  readonly address: ReadValue | null;
  readonly appointment: FoundInstrument | null;
  readonly actingInOffice: boolean;
  readonly start: number;
  readonly end: number;
}

const ORDINALS: Readonly<Record<string, number>> = {
  KESATU: 1,
  PERTAMA: 1,
  SATU: 1,
  I: 1,
  '1': 1,
  KEDUA: 2,
  DUA: 2,
  II: 2,
  '2': 2,
  KETIGA: 3,
  TIGA: 3,
  III: 3,
  '3': 3,
  KEEMPAT: 4,
  IV: 4,
  '4': 4,
  KELIMA: 5,
  V: 5,
  '5': 5,
};

/** "PIHAK KESATU", "PIHAK PERTAMA", "PIHAK I" -> 1. Null for anything else. */
export const labelOrdinal = memoise(labelOrdinalOnce);

function labelOrdinalOnce(label: string): number | null {
  const m = /PIHAK\s+(\S+)/i.exec(normaliseLabel(label).replace(/["“”'‘’*]/g, ''));
  return m ? (ORDINALS[m[1]!.toUpperCase()] ?? null) : null;
}

/** OCR damage in a label read back to the letters printed: "K£DUA" -> "KEDUA", "Il" -> "II". */
export const normaliseLabel = memoise(normaliseLabelOnce);

function normaliseLabelOnce(label: string): string {
  return label
    .replace(/£/g, 'E')
    .replace(/\bP[l1]HAK\b/gi, (m) => (m === m.toUpperCase() || /l/.test(m) ? 'PIHAK' : 'Pihak'))
    .replace(/\b(KES|PERT|KEDU|KETIG|KET)([A-Z0-9£]*)\b/g, (m) =>
      m
        .replace(/4/g, 'A')
        .replace(/3/g, 'E')
        .replace(/(?<=KET)[1l]/, 'I'),
    )
    .replace(
      /\b(PIHAK|Pihak|pihak)\s+([Il1]{1,3})\b/,
      (_m, p: string, n: string) => `${p} ${n.replace(/[l1]/g, 'I')}`,
    );
}

/** A party label anywhere in a text: "PIHAK KESATU", "PIHAK II". */
export const PARTY_LABEL = /\bPIHAK\s+(KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|V|IV|I{1,3})\b/g;

const CALLED =
  /(?:(?:yang|untuk)\s+)?selanjutnya\s+(?:dalam\s+[\p{L} ]{0,40}?\s+ini\s+)?di\s?sebut(?:\s+sebagai)?\s*["“”'‘’]?\s*(P[Il1]HAK\s+(?:KES[A4]TU|PERT[A4]M[A4]|K[E£3]DU[A4]|KET[I1l]G[A4]|KEEMPAT|KELIMA|IV|V|I{1,3}|[Il1]{1,3}|[1-5]))(?![\p{L}\d])\s*["“”'‘’]?/giu;

/** "(untuk selanjutnya disebut “NusaSMS”)": a party's short name in quotes. */
const CALLED_NAME =
  /(?:(?:yang|untuk)\s+)?selanjutnya\s+(?:dalam\s+[\p{L} ]{0,40}?\s+ini\s+)?di\s?sebut(?:\s+sebagai)?\s*["“]([^"”\n]{2,40})["”]/giu;

const POSITION_WORDS =
  /\s(?=(?:Sekretaris|Kepala|Deputi|Direktur|Menteri|Gubernur|Bupati|Wali\s?[Kk]ota|Walikota|Ketua|Rektor|Inspektur|Asisten|Pelaksana|Plt\.?|Plh\.?|Wakil|Dekan|Komisaris|Jaksa|Panglima|Duta|Pejabat|Camat|Lurah|Kapolri|Presiden)\b)/;
const POSITION_END =
  /,?\s*(?:yang\s+)?(?:diangkat\s+)?berdasarkan\b|,?\s*(?:yang\s+)?diangkat\b|,?\s*(?:dalam\s+hal\s+ini\s+)?bertindak\b|,?\s*dalam\s+hal\s+ini\b|,?\s*dalam\s+jabatannya\b|,?\s*(?:yang\s+)?berkedudukan\b|,?\s*(?:yang\s+)?beralamat\b|,?\s*(?:yang\s+|untuk\s+)?selanjutnya\b|\s*\((?!\s*(?:Persero|PERSERO|Plt|Plh|Tbk|TBK)\b)/i;
/**
 * A comma ends the body's name unless the name goes on after it: "Dinas Komunikasi,
 * Informatika dan Statistik …", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan …".
 */
const INSTITUTION_COMMA = /,(?!\s*(?:dan\s+|serta\s+)?(?!(?:Jalan|Jln?|Gedung|Kompleks|Komplek)\b)\p{Lu})/u;
const INSTITUTION_END =
  /\s+(?:yang\s+)?(?:berkedudukan|beralamat|berdomisili|diangkat|berdasarkan)\b|\s+(?:dan\s+)?(?:untuk\s+|yang\s+)?selanjutnya\b|\s+dalam\s+hal\s+ini\b|\s*\(\s*(?:untuk\s+|yang\s+)?selanjutnya\b|\s+(?:karenanya|sehingga|dengan\s+demikian|oleh\s+karena)\b|\s+(?:serta|dan)\s+(?:secara\s+)?(?:sah\s+)?mewakili\b|\s+dan\s*$|\s+suatu\b|\s+yang\s+(?:didirikan|telah|memperoleh|merupakan|bergerak|berkantor|beroperasi)\b/i;
const ADDRESS_END =
  /,?\s+dalam\s+hal\s+ini\b|,?\s*(?:yang\s+|untuk\s+)?selanjutnya\b|,\s*(?:dan\s+)?bertindak\b|,?\s+yang\s+diangkat\b|,\s*diangkat\b|,\s*berdasarkan\b/i;
/**
 * Words that open the name of a body inside a position ("Kepala Balai …", "Kepala Divisi …
 * Kepolisian …"). Without one, a party that names no body it acts for ended up with an empty
 * institution, which every such party of every agreement then shared.
 */
const BODY_IN_POSITION =
  /\b(?:Balai|Badan|Kementerian|Dinas|Sekretariat|Direktorat|Pusat|Biro|Pemerintah|Lembaga|Kantor|Komisi|Universitas|Inspektorat|Rumah\s+Sakit|Divisi|Kedeputian|Kepolisian|Kejaksaan|Mahkamah|Perpustakaan|Arsip|Ombudsman|RSUD|Puskesmas|UPT|UPTD|Politeknik|Satuan|Komando|Yayasan|Laboratorium|Klinik|Desa|Kelurahan|Kecamatan|Koperasi)\b/;
/** "Nama :", letter-spaced by OCR ("N a m a :"), and the other labels of a party form. */
const FORM_LABEL =
  /(?<![\p{L}\d])(N\s?a\s?m\s?a|J\s?a\s?b\s?a\s?t\s?a\s?n|A\s?l\s?a\s?m\s?a\s?t|N\s?I\s?P|N\s?I\s?K|N\s?R\s?P|P\s?a\s?n\s?g\s?k\s?a\s?t(?:\s*\/\s*Gol(?:ongan)?)?|Instansi)\s*:/giu;
/** Where a form's last value ends in flattened text: the sentence that follows the form. */
const FORM_TAIL = /\s(?:dalam\s+hal\s+ini|bertindak|selanjutnya|Selanjutnya|Dalam\s+hal\s+ini)\b/;
/** A block that opens with a body's name, the person later: "I. RUMAH SAKIT …, … diwakili oleh …". */
const REPRESENTED_BY = /\bdiwakili\s+(?:secara\s+sah\s+)?oleh\s+/i;
const REPRESENTATIVE_END =
  /,?\s+(?:selaku|sebagai|dalam\s+(?:jabatannya|kedudukannya|kapasitasnya|wewenangnya))\b|,?\s+yang\s+(?:bertindak|diangkat|berdasarkan)\b|,\s*(?:berdasarkan|bertindak)\b/i;
const ROLE_END =
  /,|\s+(?:yang|dalam\s+hal|sehingga|dengan\s+demikian|oleh\s+karena(?:nya)?|dari\s+dan|berdasarkan|bertindak)\b|\s*\(|\s+(?:untuk\s+|yang\s+)?selanjutnya\b/i;
const BODY_FIRST =
  /^(?:PT|P\.T\.|CV|Perum|Perumda|Perusahaan|Koperasi|Yayasan|Rumah\s+Sakit|RS\w*|Klinik|Universitas|Institut|Politeknik|Sekolah|Fakultas|Bank|Kelompok|Lembaga|Badan|Dinas|Pemerintah|Kantor|Puskesmas|UPTD?|Laboratorium|Perkumpulan|Asosiasi|Kepolisian|Polres\w*|Komisi|Kejaksaan|Pengadilan|Sekretariat|Satuan|Komando|Kodim|Balai|Direktorat|Desa|Kelurahan|Kecamatan)\b/i;

/**
 * Finds the parties between the opening and the first article: each paragraph ends with
 * "selanjutnya disebut PIHAK …", and names the signatory, position, appointing decree,
 * the body acted for and its address.
 */
export function parseParties(clean: CleanText, from: number, to: number): FoundParty[] {
  const text = clean.text;
  const region = text.slice(from, to);
  const out: FoundParty[] = [];
  let blockStart = from;
  CALLED.lastIndex = 0;
  for (let m = CALLED.exec(region); m; m = CALLED.exec(region)) {
    const labelStart = from + m.index + m[0].indexOf(m[1]!);
    const label = readValue(clean, labelStart, labelStart + m[1]!.length);
    const calledAt = from + m.index;
    // A party paragraph is not longer than this; older text is recitals or a title block.
    const start = Math.max(blockStart, calledAt - 2500);
    const ordinal = labelOrdinal(label.value) ?? out.length + 1;
    out.push(
      readParty(
        clean,
        start,
        calledAt,
        { ...label, value: normaliseLabel(label.value.replace(/\s+/g, ' ')) },
        ordinal,
      ),
    );
    blockStart = from + m.index + m[0].length;
  }
  if (out.length > 0) return out;
  const named = parseNamedParties(clean, from, to);
  return named.length > 0 ? named : parseNumberedParties(clean, from, to);
}

/**
 * Numbered party paragraphs with no label at all, as memoranda print them: "1. NAME : Bupati
 * …, dalam hal ini bertindak untuk dan atas nama Pemerintah …;" / "2. …", then "Kedua belah
 * pihak … disebut Para Pihak". Each paragraph must read as a party (it acts for or represents
 * a body); the label stays null.
 */
function parseNumberedParties(clean: CleanText, from: number, to: number): FoundParty[] {
  const text = clean.text;
  let region = text.slice(from, to);
  const stop = /\b(?:Kedua\s+belah\s+pihak|PARA\s+PIHAK|Para\s+Pihak)\b/.exec(region);
  if (stop) region = region.slice(0, stop.index);
  const starts: number[] = [];
  const item = /(?:^|\n)[ ]*(\d{1,2}|[IVX]{1,4})[.)][ ]+/g;
  for (let m = item.exec(region); m; m = item.exec(region)) {
    const n = /^\d/.test(m[1]!)
      ? Number(m[1])
      : m[1]!.length === 1 && m[1] === 'I'
        ? 1
        : m[1] === 'II'
          ? 2
          : m[1] === 'III'
            ? 3
            : 0;
    if (n !== starts.length + 1) continue;
    starts.push(from + m.index);
  }
  const out: FoundParty[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const e = starts[i + 1] ?? from + region.length;
    if (!/atas\s+nama|diwakili\s+(?:secara\s+sah\s+)?oleh/i.test(text.slice(s, e))) return [];
    const end = readValue(clean, s, e).end;
    const party = readParty(clean, s, end, readValue(clean, end, end), i + 1);
    out.push({ ...party, label: null });
  }
  return out.length >= 2 ? out : [];
}

/**
 * Parties that take a short name instead of a PIHAK label, as company agreements do:
 * "PT …, dalam hal ini diwakili oleh … selaku …, (selanjutnya disebut “NusaSMS”)". Only a
 * block that reads as a party (someone represents a body, or signs for it) counts: the
 * agreement's own short name ("selanjutnya disebut “Perjanjian”") is not a party.
 */
function parseNamedParties(clean: CleanText, from: number, to: number): FoundParty[] {
  const text = clean.text;
  const region = text.slice(from, to);
  const out: FoundParty[] = [];
  let blockStart = from;
  CALLED_NAME.lastIndex = 0;
  for (let m = CALLED_NAME.exec(region); m; m = CALLED_NAME.exec(region)) {
    const calledAt = from + m.index;
    const name = m[1]!.trim();
    const start = Math.max(blockStart, calledAt - 2500);
    blockStart = from + m.index + m[0].length;
    if (
      /^(?:para\s+)?pihak$|perjanjian|kesepakatan|nota|memorandum|kontrak|adendum|pekerjaan|program/i.test(
        name,
      )
    )
      continue;
    const block = text.slice(start, calledAt);
    if (
      !/diwakili\s+(?:secara\s+sah\s+)?oleh|atas\s+nama|(?:^|\n)\s*(?:\d{1,2}[.)]\s+)?Nama\s*:/i.test(block)
    )
      continue;
    const ls = from + m.index + m[0].indexOf(m[1]!);
    const label = readValue(clean, ls, ls + m[1]!.length);
    out.push(readParty(clean, start, calledAt, label, out.length + 1));
  }
  return out.length >= 2 ? out : [];
}

/** What the opening of a party block says: who signs, as what, for which body, and how it was read. */
interface BlockHead {
  readonly name: ReadValue | null;
  readonly position: ReadValue | null;
  readonly address: ReadValue | null;
  readonly institution: ReadValue | null;
  readonly rules: { name: string; position: string; institution: string };
}

function readParty(
  clean: CleanText,
  start: number,
  end: number,
  label: ReadValue,
  ordinal: number,
): FoundParty {
  const text = clean.text;
  // "(untuk selanjutnya disebut …)": the bracket belongs to the label's phrase, not a value.
  while (end > start && /[\s(“"'‘]/.test(text[end - 1]!)) end--;
  const s = blockStart(text, start, end);
  const block = text.slice(s, end);

  const form = readForm(clean, s, end);
  const represented = REPRESENTED_BY.exec(block);
  const head =
    form !== null
      ? headOfForm(form)
      : represented && BODY_FIRST.test(block) && represented.index < 1500
        ? readInstitutionFirst(clean, s, end, represented)
        : readNameFirst(clean, s, end);
  const { name, position, rules } = head;
  let { address, institution } = head;
  let actsFor: ReadValue | null = null;
  let institutionFromPosition = false;

  const actingInOffice = /bertindak\s+dalam\s+jabatannya/i.test(block);
  const appointment = readAppointment(clean, block, s, end);
  if (rules.institution !== 'form-label-instansi') {
    const named = readActingFor(clean, block, s, end);
    if (named?.institution) {
      institution = named.institution;
      rules.institution = 'atas-nama';
    }
    if (named?.actsFor) actsFor = named.actsFor;
  }
  if (!institution && position?.value) {
    const body = BODY_IN_POSITION.exec(text.slice(position.start, position.end));
    if (body) {
      institution = readValue(clean, position.start + body.index, position.end);
      institutionFromPosition = true;
      rules.institution = 'office-in-position';
    }
  }
  if (!address) address = readAddress(clean, block, s, end);
  return {
    ordinal,
    label,
    name: name?.value ? name : null,
    position: position?.value ? position : null,
    institution: institution?.value ? institution : null,
    actsFor: actsFor?.value ? actsFor : null,
    institutionFromPosition,
    rules,
    formLayout: form !== null,
    address: address?.value ? address : null,
    appointment,
    actingInOffice,
    start: s,
    end: label.end,
  };
}

/**
 * Where a party's own words start: after "yang bertanda tangan di bawah ini", "antara", the
 * list marker ("1.", "II.", "a)"), a table's header row read as a line ("No Nama Jabatan
 * Keterangan"), and a row's bare number.
 */
function blockStart(text: string, start: number, end: number): number {
  let s = start;
  const lead =
    /^[\s.;,:)"”’]*(?:(?:kami\s+)?yang\s+bertanda\s+tangan\s+di\s*bawah\s+ini\s*[:;,]?\s*)?(?:(?:oleh\s+dan\s+)?antara\s*:?\s*)?(?:dan\s+)?(?:(?:\d{1,2}|[IVXl]{1,4}|i[lI1]|[a-z])[.)]\s+)?/i.exec(
      text.slice(s, end),
    );
  if (lead) s += lead[0].length;
  const header =
    /^(?:(?:No\.?|Nama|Jabatan|Instansi|Alamat|Keterangan|NIP|Pangkat|Pihak|Tanda\s+Tangan)[ ]*){2,}\n\s*/i.exec(
      text.slice(s, end),
    );
  if (header) s += header[0].length;
  const bareNumber = /^\d{1,2}[ ]+(?=\p{L})/u.exec(text.slice(s, end));
  if (bareNumber) s += bareNumber[0].length;
  return s;
}

/** A form's labels say which value is which: "Nama : …", "Jabatan : …", "Instansi : …". */
function headOfForm(form: Form): BlockHead {
  return {
    name: form.name,
    position: form.position,
    address: form.address,
    institution: form.body,
    rules: {
      name: 'form-label-nama',
      position: 'form-label-jabatan',
      institution: form.body ? 'form-label-instansi' : '',
    },
  };
}

/** Institution first: "RUMAH SAKIT UMUM SUKAMAJU, suatu …, diwakili oleh dr. X selaku Direktur". */
function readInstitutionFirst(
  clean: CleanText,
  s: number,
  end: number,
  represented: RegExpExecArray,
): BlockHead {
  const text = clean.text;
  const block = text.slice(s, end);
  const bodyEnd = Math.min(
    firstIndex(block, INSTITUTION_END),
    firstIndex(block, /,|\s+yang\b/),
    represented.index,
  );
  const institution = readValue(clean, s, s + bodyEnd);
  const ns = s + represented.index + represented[0].length;
  const after = text.slice(ns, end);
  const ne = REPRESENTATIVE_END.exec(after);
  const name = readValue(clean, ns, ns + (ne ? ne.index : Math.min(after.length, 120)), false);
  const role = /^,?\s*(?:selaku|sebagai)\s+/i.exec(ne ? after.slice(ne.index) : '');
  let position: ReadValue | null = null;
  if (ne && role) {
    const ps = ns + ne.index + role[0].length;
    const rest = text.slice(ps, end);
    const pe = ROLE_END.exec(rest);
    position = readValue(clean, ps, ps + (pe ? pe.index : rest.length));
  }
  return {
    name,
    position,
    address: null,
    institution,
    rules: { name: 'represented-by', position: position ? 'selaku' : '', institution: 'institution-first' },
  };
}

/**
 * Name first, then the position: "NAME : position", "NAME selaku position", "NAME\nposition",
 * or "NAME position". The rule that split them is recorded, the guesses as weak rules.
 */
function readNameFirst(clean: CleanText, s: number, end: number): BlockHead {
  const text = clean.text;
  const block = text.slice(s, end);
  let nameEnd = -1;
  let restStart = -1;
  let nameRule: string;
  const firstKeyword = block.search(/\b(?:berdasarkan|bertindak|Nomor|berkedudukan|selaku)\b/i);
  const colon = block.indexOf(':');
  const selaku = /,?\s+selaku\s+/i.exec(block.slice(0, 200));
  if (colon > 0 && colon < 250 && (firstKeyword < 0 || colon < firstKeyword)) {
    nameEnd = colon;
    restStart = colon + 1;
    nameRule = 'name-colon';
  } else if (selaku && selaku.index > 0 && (colon < 0 || selaku.index < colon)) {
    nameEnd = selaku.index;
    restStart = selaku.index + selaku[0].length;
    nameRule = 'name-selaku';
  } else {
    const nl = block.indexOf('\n');
    if (nl > 0 && nl < 150 && !/\p{Ll}{3,}/u.test(block.slice(0, nl).replace(/\b(?:dan|bin|binti)\b/g, ''))) {
      nameEnd = nl;
      restStart = nl + 1;
      nameRule = 'name-line';
    } else {
      const pw = POSITION_WORDS.exec(block.slice(0, 200));
      if (pw && pw.index > 0) {
        nameEnd = pw.index;
        restStart = pw.index + 1;
        // On its own line above the position, the name is as sure as after a colon; run
        // into the position on one line, the split is a guess (a weak rule).
        nameRule = block
          .slice(0, pw.index + 1)
          .trimStart()
          .includes('\n')
          ? 'name-line-before-position'
          : 'name-before-position-word';
      } else {
        const comma = block.indexOf(',');
        nameEnd = comma > 0 && comma < 150 ? comma : -1;
        restStart = nameEnd + 1;
        nameRule = 'name-before-comma';
      }
    }
  }
  const name = nameEnd > 0 ? readValue(clean, s, s + nameEnd, false) : null;
  let rest = restStart >= 0 ? s + restStart : s;
  const sel = /^\s*(?:selaku|sebagai)\s+/i.exec(text.slice(rest, end));
  if (sel) rest += sel[0].length;
  const restText = text.slice(rest, end);
  const pe = POSITION_END.exec(restText);
  const position = readValue(clean, rest, rest + (pe ? pe.index : restText.length));
  return {
    name,
    position,
    address: null,
    institution: null,
    rules: { name: nameRule, position: 'after-name', institution: '' },
  };
}

/** The first decree the block says the signatory acts "berdasarkan …" (the appointment). */
function readAppointment(clean: CleanText, block: string, s: number, end: number): FoundInstrument | null {
  const basedOn = /berdasarkan\s+/gi;
  for (let m = basedOn.exec(block); m; m = basedOn.exec(block)) {
    const appointment = parseInstrument(clean, s + m.index + m[0].length, end);
    if (appointment) return appointment;
  }
  return null;
}

/**
 * The body acted for: "atas nama X" (X is the institution); "atas nama jabatannya serta sah
 * mewakili Y" (the office signs, for Y); "atas nama X serta sah mewakili Y" (X signs, for Y).
 * Null when the block has no "atas nama".
 */
function readActingFor(
  clean: CleanText,
  block: string,
  s: number,
  end: number,
): { institution: ReadValue | null; actsFor: ReadValue | null } | null {
  const text = clean.text;
  const an = /atas\s+n[a-z]ma\s+/i.exec(block);
  if (!an) return null;
  let is = s + an.index + an[0].length;
  const office = /^(?:jabatan(?:nya)?(?:\s+tersebut)?)\b\s*,?\s*/i.exec(text.slice(is, end));
  if (office) is += office[0].length;
  const represents = /^(?:(?:serta|dan)\s+)?(?:secara\s+)?(?:sah\s+)?mewakili\s+/i.exec(text.slice(is, end));
  if (represents) is += represents[0].length;
  const after = text.slice(is, end);
  const stop = Math.min(firstIndex(after, INSTITUTION_END), firstIndex(after, INSTITUTION_COMMA));
  const body = readValue(clean, is, is + stop);
  if (office) return { institution: null, actsFor: represents ? body : null };
  const more = /^\s+(?:serta|dan)\s+(?:secara\s+)?(?:sah\s+)?mewakili\s+/i.exec(after.slice(stop));
  if (!more) return { institution: body, actsFor: null };
  const ys = is + stop + more[0].length;
  const yAfter = text.slice(ys, end);
  const yStop = Math.min(firstIndex(yAfter, INSTITUTION_END), firstIndex(yAfter, INSTITUTION_COMMA));
  return { institution: body, actsFor: readValue(clean, ys, ys + yStop) };
}

/** "berkedudukan di …", "beralamat di …": the party's address, to the end of its phrase. */
function readAddress(clean: CleanText, block: string, s: number, end: number): ReadValue | null {
  const at =
    /(?:berkedudukan|beralamat)(?:\s+dan\s+(?:beralamat|berkedudukan|berkantor))?(?:\s+di)+\s+/i.exec(block);
  if (!at) return null;
  const as = s + at.index + at[0].length;
  const after = clean.text.slice(as, end);
  const stop = ADDRESS_END.exec(after);
  return readValue(clean, as, as + (stop ? stop.index : after.length));
}

function firstIndex(s: string, re: RegExp): number {
  const m = re.exec(s);
  return m ? m.index : s.length;
}

interface Form {
  readonly name: ReadValue | null;
  readonly position: ReadValue | null;
  readonly address: ReadValue | null;
  /** "Instansi : …", the body, when the form names it. */
  readonly body: ReadValue | null;
}

/**
 * A party laid out as a form: "Nama : …" / "Jabatan : …" / "Alamat : …", one per line or
 * flattened onto one, letter-spaced by OCR, or (two-column extraction) every label first and
 * the values after them in the same order. Null when the block does not open with "Nama".
 */
function readForm(clean: CleanText, s: number, end: number): Form | null {
  const text = clean.text;
  const block = text.slice(s, end);
  const labels: Array<{ key: string; start: number; valueStart: number }> = [];
  FORM_LABEL.lastIndex = 0;
  for (let m = FORM_LABEL.exec(block); m; m = FORM_LABEL.exec(block)) {
    const key = m[1]!.replace(/\s+/g, '').toLowerCase();
    labels.push({
      key: key.startsWith('pangkat') ? 'pangkat' : key,
      start: m.index,
      valueStart: m.index + m[0].length,
    });
  }
  const first = labels[0];
  if (!first || first.key !== 'nama' || first.start > 40) return null;
  const tail = FORM_TAIL.exec(block);
  const formEnd = tail ? tail.index : block.length;
  const values = new Map<string, [number, number]>();
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l.start >= formEnd) break;
    let e = Math.min(labels[i + 1]?.start ?? formEnd, formEnd);
    if (l.key !== 'alamat') {
      const nl = block.indexOf('\n', l.valueStart);
      if (nl >= 0 && nl < e) e = nl;
    }
    if (!values.has(l.key)) values.set(l.key, [l.valueStart, e]);
  }
  const read = (key: string, dropDot = true): ReadValue | null => {
    const r = values.get(key);
    if (!r) return null;
    const v = readValue(clean, s + r[0], s + r[1], dropDot);
    return v.value ? v : null;
  };
  let name = read('nama', false);
  let position = read('jabatan');
  let address = read('alamat');
  const body = read('instansi');
  if (!name && !position) {
    // Two-column extraction: "Nama :", "Jabatan :", "Alamat :" and then the values, line by line.
    const used = labels.filter((l) => l.start < formEnd);
    const lastLabel = used.at(-1);
    if (lastLabel) {
      const after = s + lastLabel.valueStart;
      const lines: Array<[number, number]> = [];
      let p = after;
      while (p < s + formEnd && lines.length < used.length) {
        let nl = text.indexOf('\n', p);
        if (nl < 0 || nl > s + formEnd) nl = s + formEnd;
        if (text.slice(p, nl).trim()) lines.push([p, nl]);
        p = nl + 1;
      }
      if (lines.length === used.length) {
        const at = (key: string, dropDot = true): ReadValue | null => {
          const k = used.findIndex((l) => l.key === key);
          const r = k >= 0 ? lines[k] : undefined;
          if (!r) return null;
          const v = readValue(clean, r[0], r[1], dropDot);
          return v.value ? v : null;
        };
        name = at('nama', false);
        position = at('jabatan');
        address = at('alamat');
      }
    }
  }
  return { name, position, address, body };
}
