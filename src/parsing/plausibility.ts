/**
 * The last check before a party's values reach the graph: a person's name must look like a
 * name, an institution must start like a body, a position must not be a placeholder. A value
 * that fails is dropped (null) with the reason, never stored: "Nama" signing forty agreements
 * is a shared signatory that does not exist.
 */
import { memoise } from './memoise.js';

/** Why a value is not there, or null when it passes. */
export type Implausible = string | null;

/** Dotted, dashed or underlined runs that stand for a blank in a form. */
const BLANK_RUN = /[.…_]{3,}|…|-{3,}|–{2,}|—{2,}/;
/** Instructions left in a template. */
const TEMPLATE_NOTE = /\b(?:mohon\s+dilengkapi|diisi|dilengkapi|isi\s+nama|nama\s+lengkap|no\.\s+dari)\b/i;
/** A redaction: runs of X ("XXXXXX", "Xxxxxx", "A. XXXXXXX, SH"), or "xxx". */
const REDACTION = /\b(?:X{3,}|Xx{3,}|x{3,})\b/;
/** Form labels and the words that surround a party block, which are never a name. */
const LABEL_WORD =
  /^(?:nama|n\s?a\s?m\s?a|jabatan|alamat|nip|nik|nrp|pangkat|golongan|instansi|pekerjaan|umur|tempat|selaku|sebagai|pihak|para\s+pihak)$/i;
const CLAUSE_WORD =
  /\b(?:yang|selaku|sebagai|bertindak|berdasarkan|berkedudukan|beralamat|selanjutnya|disebut|dalam\s+hal\s+ini|untuk\s+dan\s+atas|atas\s+nama|mewakili|jabatannya|oleh\s+dan\s+antara|bertanda\s+tangan|tanggal|bertempat|suatu|didirikan|perseroan|diwakili|Pihak|Nomor|tentang)\b/i;
/** Words that open a position or a body: a value starting with one is not a person. */
const OFFICE_START =
  /^(?:Kepala|Direktur|Sekretaris|Ketua|Bupati|Gubernur|Wali\s?Kota|Walikota|Menteri|Rektor|Dekan|Camat|Lurah|Komandan|Manajer|Pimpinan|Pemimpin|General|Koordinator|Penanggung|Pemerintah|Dinas|Badan|Kementerian|Rumah\s+Sakit|RSUD|Puskesmas|PT|CV|Yayasan|Koperasi|Universitas|Kantor|Desa|Kecamatan)\b/;

/**
 * What no value of any kind can be: empty, a table border, a blank to fill in, a template note or
 * a redaction. Every check below starts here, so an absent value is named the same way everywhere.
 */
function absentValue(v: string): Implausible {
  if (v.length === 0) return 'it is empty';
  if (v.includes('|')) return 'it holds a table border ("|")';
  if (BLANK_RUN.test(v)) return 'it is a blank to fill in (dots or dashes)';
  if (TEMPLATE_NOTE.test(v)) return 'it is a note left in a template';
  if (REDACTION.test(v)) return 'it is redacted';
  return null;
}

export const implausiblePerson = memoise(implausiblePersonOnce);

function implausiblePersonOnce(name: string): Implausible {
  const v = name.trim();
  const absent = absentValue(v);
  if (absent) return absent;
  if (LABEL_WORD.test(v.replace(/[:.]+$/, ''))) return `"${v}" is a form label`;
  if (/\b(?:Nama|NAMA|Jabatan|JABATAN|Alamat|ALAMAT|NIP|NIK|Instansi|Keterangan)\b/.test(v))
    return 'it holds form labels';
  if (CLAUSE_WORD.test(v)) return 'it holds the words of a clause, not a name';
  if (OFFICE_START.test(v) || BODY_START.test(v)) return 'it names an office or a body, not a person';
  if (/\d/.test(v)) return 'it holds digits';
  if (/[()[\]{}<>;:"“”]/.test(v)) return 'it holds punctuation no name has';
  if (!/\p{L}{2,}/u.test(v)) return 'it has no word of two letters or more';
  if (v.split(/\s+/).length > 7) return 'it is too long for a name';
  return null;
}

/** Words a body's name starts with ("Dinas …", "PT …", "Pemerintah …", "RSUD …"). */
const BODY_START =
  /^(?:Pemerintah|Dinas|Badan|Kementerian|Kemen\w+|Departemen|Sekretariat|Direktorat|Deputi|Kedeputian|Pusat|Balai|Biro|Bagian|Lembaga|Komisi|Kantor|Kepolisian|Polres|Polresta|Polda|Kejaksaan|Kejari|Kejati|Pengadilan|Mahkamah|Inspektorat|Satuan|Unit|UPT|UPTD|Rumah\s+Sakit|RS|RSU|RSUD|RSIA|Puskesmas|Klinik|Laboratorium|Universitas|Institut|Politeknik|Sekolah|Akademi|Fakultas|Madrasah|Yayasan|Koperasi|Perkumpulan|Asosiasi|Ikatan|Persatuan|Perhimpunan|Organisasi|PT|P\.T\.|CV|Perusahaan|Perum|Perumda|Persero|Bank|BPJS|Otoritas|Majelis|Dewan|Perpustakaan|Arsip|Ombudsman|Komando|Kodim|Korem|Kodam|Lanal|Lanud|Desa|Kelurahan|Kecamatan|Provinsi|Kabupaten|Kota|Negara|Kerajaan|Republik|Sekolah|Forum|Kelompok|Tim|Bappeda|Bapenda|Bappenas|Kesbangpol|Bakesbangpol|Satpol|Perseroan|Divisi|Jaksa|Kepala|Menteri|Direktur|Sekretaris|Ketua|Rektor|Dekan|Gubernur|Bupati|Wali\s?Kota|Walikota|Panglima|Kapolri|Presiden|Wakil)\b/i;

export const implausibleInstitution = memoise(implausibleInstitutionOnce);

function implausibleInstitutionOnce(name: string): Implausible {
  const v = name.trim();
  const absent = absentValue(v);
  if (absent) return absent;
  if (
    /\b(?:jabatannya|jabatan|serta\s+(?:secara\s+)?(?:sah\s+)?mewakili|oleh\s+dan\s+antara|bertindak|selanjutnya)\b/i.test(
      v,
    )
  )
    return 'it holds connecting words ("jabatannya", "serta sah mewakili"), not a name';
  if (/\b(?:dan|yang|serta|oleh)$/i.test(v)) return 'it ends with a connecting word';
  if (/[(]$/.test(v)) return 'it ends inside a parenthesis';
  if (BODY_START.test(v)) return null;
  // A known or printed acronym: "BSSN", "KPU Kabupaten Sukamaju".
  if (/^[A-Z][A-Z0-9&.-]{1,9}\b/.test(v)) return null;
  return 'it does not start like the name of a body ("Dinas …", "Pemerintah …", "PT …")';
}

export const implausiblePosition = memoise(implausiblePositionOnce);

function implausiblePositionOnce(position: string): Implausible {
  const v = position.trim();
  const absent = absentValue(v);
  if (absent) return absent;
  if (LABEL_WORD.test(v.replace(/[:.]+$/, ''))) return `"${v}" is a form label`;
  if (/(?:^|\s)(?:Nama|Jabatan|Alamat|NIP|NIK)\s*:/.test(v)) return 'it runs into form labels';
  if (/\b(?:suatu|didirikan|oleh\s+dan\s+antara|bertanda\s+tangan)\b/i.test(v))
    return 'it holds the words of a clause, not a position';
  if (v.length > 400) return 'it is too long for a position';
  return null;
}
