import { institutionKey } from './identity.js';
import { memoiseCopied } from './memoise.js';
import type { KnownBody } from './known-bodies.js';
import { KNOWN_AGENCIES, KNOWN_UNITS, agencyByAcronym } from './known-bodies.js';

/** The top-level body a named institution belongs to, and where in the name it was read. */
export interface ResolvedAgency {
  readonly name: string;
  /** True when the agency differs from the institution (the institution is a unit). */
  readonly derived: boolean;
  /** Offset and length of the agency's name inside the institution name, when printed there. */
  readonly at: number | null;
  readonly length: number | null;
}

/** Words that open the name of a unit inside a larger body. */
const UNIT_WORDS =
  /^(?:Sekretariat|Direktorat|Deputi|Kedeputian|Balai|Pusat|Biro|Inspektorat|Unit|Bagian|Bidang|Seksi|Subdirektorat|Kantor|Dinas|Satuan|UPT|UPTD|Lembaga|Badan|Rumah\s+Sakit|RSUD|Kecamatan|Kelurahan|Bank|Divisi|Jaksa\s+Agung\s+Muda)\b/i;
/** Words that open the name of a top-level national body. */
const TOP_WORDS =
  /\b(?:Kementerian|Kementrian|Badan|Lembaga|Komisi|Kejaksaan|Kepolisian|Mahkamah|Sekretariat\s+Negara|Sekretariat\s+Kabinet|Arsip\s+Nasional|Perpustakaan\s+Nasional|Ombudsman|Dewan)\b/gi;
/** "Kabupaten Aceh Besar", "Provinsi Jawa Barat", "Kota Depok". */
const REGION = /\b(Provinsi|Kabupaten|Kota)\s+([A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*){0,4})/iu;

const UNIT_KEYS = new Map(
  KNOWN_UNITS.map((u) => [institutionKey(u.name), agencyByAcronym(u.parent)] as const).filter(
    (e): e is readonly [string, KnownBody] => e[1] !== undefined,
  ),
);

const AGENCY_BY_KEY = new Map(KNOWN_AGENCIES.map((b) => [institutionKey(b.name), b] as const));
const ACRONYM_BY_KEY = new Map(
  [...KNOWN_AGENCIES, ...KNOWN_UNITS].map((b) => [institutionKey(b.name), b.acronyms[0] ?? null] as const),
);

/** The known body with this key, if any. */
export function knownBodyByKey(key: string): KnownBody | undefined {
  return AGENCY_BY_KEY.get(key);
}

/** The acronym of a known body or unit with this name ("Badan Siber dan Sandi Negara" -> "BSSN"). */
export function acronymOf(name: string): string | null {
  return acronymOfKey(institutionKey(name));
}

/** acronymOf for a name whose institutionKey the caller already has. */
export function acronymOfKey(key: string): string | null {
  return ACRONYM_BY_KEY.get(key) ?? null;
}

/**
 * Rolls a unit up to its agency by rule, so that it generalises beyond a fixed list:
 * a known unit (BSrE) -> its agency; "Dinas … Kabupaten Y" -> "Pemerintah Kabupaten Y";
 * "Sekretariat Jenderal Kementerian X" -> "Kementerian X" (the canonical name when the body
 * is known); otherwise the institution is its own agency.
 */
export const resolveAgency = memoiseCopied(resolveAgencyOnce, (r) => ({ ...r }));

function resolveAgencyOnce(institution: string): ResolvedAgency {
  const name = institution.replace(/\s+/g, ' ').trim();
  const key = institutionKey(name);
  const unitParent = UNIT_KEYS.get(key);
  if (unitParent) return { name: unitParent.name, derived: true, at: null, length: null };

  if (/^Pemerintah\s+(?:Provinsi|Kabupaten|Kota)\b/i.test(name)) return self(name);
  // Regional offices of national bodies belong to those bodies, not to the region's government.
  const national = NATIONAL_OFFICES.find(([re]) => re.test(name));
  if (national) {
    const upper = name === name.toUpperCase();
    return { name: upper ? national[1].toUpperCase() : national[1], derived: true, at: null, length: null };
  }
  // A company's branch belongs to the company: "PT Pos Indonesia (Persero) Kantor Cabang X".
  const branch =
    /^((?:PT|P\.T\.|Perum|Perumda|Bank|BPJS)\b.*?)\s+(?:Kantor\s+Cabang(?:\s+Pembantu)?|Cabang|Unit\s+Layanan(?:\s+Pelanggan)?|Perwakilan|Kantor\s+Wilayah|Kantor\s+Perwakilan|Area|Regional|Wilayah)\b/i.exec(
      name,
    );
  if (branch) return { name: branch[1]!, derived: true, at: 0, length: branch[1]!.length };
  // A faculty or school belongs to its university; a police resort to the national police.
  const campus =
    /^(?:Fakultas|Sekolah|Program\s+Studi|Lembaga\s+Penelitian|Pusat\s+Studi)\b.*?\b((?:Universitas|Institut|Politeknik)\b.*)$/i.exec(
      name,
    );
  if (campus) {
    const at = name.length - campus[1]!.length;
    return { name: campus[1]!, derived: true, at, length: campus[1]!.length };
  }
  if (/^(?:Kepolisian\s+(?:Resor|Resort|Sektor)|Polres|Polresta|Polsek)\b/i.test(name)) {
    const upper = name === name.toUpperCase();
    return {
      name: upper ? 'KEPOLISIAN NEGARA REPUBLIK INDONESIA' : 'Kepolisian Negara Republik Indonesia',
      derived: true,
      at: null,
      length: null,
    };
  }
  const region = REGION.exec(name);
  if (region && region.index > 0 && UNIT_WORDS.test(name) && !/\bKementerian\b/i.test(name)) {
    const upper = name === name.toUpperCase();
    const regionText = region[0].replace(/\s+(?:Republik\s+Indonesia)$/i, '');
    return {
      name: `${upper ? 'PEMERINTAH' : 'Pemerintah'} ${regionText}`,
      derived: true,
      at: region.index,
      length: regionText.length,
    };
  }

  // Each word that opens a top-level body starts a candidate agency name. A known body wins
  // wherever it starts ("Jaksa Agung Muda Bidang Pembinaan Kejaksaan …"); otherwise the first
  // candidate after a unit's name that holds no further body of its own, so that
  // "Pusat … Kementerian dan Perwakilan Kementerian Luar Negeri" rolls up to the last ministry
  // while "Kementerian PPN/Badan PPN" (one body with two names) stays whole.
  // A body word right after another is part of one name ("Kementerian Badan Usaha Milik
  // Negara", "Kementerian Sekretariat Negara"), not the start of a second body.
  const starts: number[] = [];
  let lastEnd = -1;
  TOP_WORDS.lastIndex = 0;
  for (let m = TOP_WORDS.exec(name); m; m = TOP_WORDS.exec(name)) {
    const joined = lastEnd >= 0 && name.slice(lastEnd, m.index).trim() === '';
    if (m.index > 0 && !joined) starts.push(m.index);
    lastEnd = m.index + m[0].length;
  }
  let fallback: number | null = null;
  let plain: number | null = null;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    const suffix = name.slice(at);
    const known = knownBodyByKey(institutionKey(suffix));
    if (known) return { name: known.name, derived: true, at, length: suffix.length };
    if (plain !== null || !UNIT_WORDS.test(name.slice(0, at))) continue;
    fallback ??= at;
    if (starts.slice(i + 1).every((later) => /\/\s*$/.test(name.slice(0, later)))) plain = at;
  }
  const at = plain ?? fallback;
  if (at === null) return self(name);
  return { name: name.slice(at), derived: true, at, length: name.length - at };
}

/** Vertical offices in a region: the election commission and supervisor, the land office. */
const NATIONAL_OFFICES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Komisi\s+Pemilihan\s+Umum\s+(?:Provinsi|Kabupaten|Kota)\b/i, 'Komisi Pemilihan Umum'],
  [/^Badan\s+Pengawas\s+Pemilihan\s+Umum\s+(?:Provinsi|Kabupaten|Kota)\b/i, 'Badan Pengawas Pemilihan Umum'],
  [
    /^Kantor\s+(?:Wilayah\s+Badan\s+)?Pertanahan\b/i,
    'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
  ],
];

function self(name: string): ResolvedAgency {
  return { name, derived: false, at: 0, length: name.length };
}
