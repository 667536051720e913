/**
 * A small table of government bodies the agreements name by acronym or as units of a
 * larger body. It lets identity keys treat "BSSN" and "Badan Siber dan Sandi Negara" as one,
 * and lets a unit (Balai Sertifikasi Elektronik) roll up to its agency. Extend it as new
 * bodies appear; anything not listed falls back to the rules in resolve-agency.ts.
 */

export interface KnownBody {
  /** Canonical full name, as the body writes it. */
  readonly name: string;
  readonly acronyms: readonly string[];
  /** Other full names the body is known by (renames, older names), lower case. */
  readonly aliases?: readonly string[];
}

export interface KnownUnit extends KnownBody {
  /** Acronym of the agency the unit belongs to (a key of KNOWN_AGENCIES). */
  readonly parent: string;
}

export const KNOWN_AGENCIES: readonly KnownBody[] = [
  { name: 'Badan Siber dan Sandi Negara', acronyms: ['BSSN'], aliases: ['lembaga sandi negara'] },
  { name: 'Badan Kepegawaian Negara', acronyms: ['BKN'] },
  { name: 'Badan Pembinaan Ideologi Pancasila', acronyms: ['BPIP'] },
  { name: 'Badan Pusat Statistik', acronyms: ['BPS'] },
  { name: 'Badan Riset dan Inovasi Nasional', acronyms: ['BRIN'] },
  { name: 'Badan Pemeriksa Keuangan', acronyms: ['BPK'] },
  { name: 'Badan Pengawasan Keuangan dan Pembangunan', acronyms: ['BPKP'] },
  { name: 'Badan Nasional Penanggulangan Bencana', acronyms: ['BNPB'] },
  { name: 'Badan Narkotika Nasional', acronyms: ['BNN'] },
  { name: 'Badan Pengawas Obat dan Makanan', acronyms: ['BPOM'] },
  { name: 'Badan Intelijen Negara', acronyms: ['BIN'] },
  { name: 'Badan Nasional Penanggulangan Terorisme', acronyms: ['BNPT'] },
  { name: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', acronyms: ['LKPP'] },
  { name: 'Lembaga Administrasi Negara', acronyms: ['LAN'] },
  { name: 'Arsip Nasional Republik Indonesia', acronyms: ['ANRI'] },
  { name: 'Kementerian Perdagangan', acronyms: ['Kemendag'] },
  { name: 'Kementerian Hukum', acronyms: ['Kemenkum'] },
  { name: 'Kementerian Hukum dan Hak Asasi Manusia', acronyms: ['Kemenkumham'] },
  { name: 'Kementerian Komunikasi dan Informatika', acronyms: ['Kominfo', 'Kemenkominfo'] },
  { name: 'Kementerian Komunikasi dan Digital', acronyms: ['Komdigi', 'Kemkomdigi'] },
  { name: 'Kementerian Dalam Negeri', acronyms: ['Kemendagri'] },
  { name: 'Kementerian Keuangan', acronyms: ['Kemenkeu'] },
  { name: 'Kementerian Kesehatan', acronyms: ['Kemenkes'] },
  {
    name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    acronyms: ['KemenPANRB', 'KemenPAN-RB'],
  },
  { name: 'Kepolisian Negara Republik Indonesia', acronyms: ['Polri'] },
];

export const KNOWN_UNITS: readonly KnownUnit[] = [
  {
    name: 'Balai Sertifikasi Elektronik',
    acronyms: ['BSrE'],
    // Renamed in 2024: one unit under two names.
    aliases: ['balai besar sertifikasi elektronik'],
    parent: 'BSSN',
  },
];

/** The agency of a known unit, by the unit's acronym table entry. */
export function agencyByAcronym(acronym: string): KnownBody | undefined {
  const upper = acronym.toUpperCase();
  return KNOWN_AGENCIES.find((b) => b.acronyms.some((a) => a.toUpperCase() === upper));
}
