/**
 * The bodies that sign agreements outside the seeds' family (../shared/REAL-WORLD.md, "Who
 * the parties are"): a regency or city and its offices, hospitals and health centres, the
 * police resort, election bodies, the land office, universities and faculties, state-company
 * branches, foundations and private hospitals. Each comes with the office that signs, the
 * top-level body it belongs to and the government it may act for, so the ground truth can
 * say which is the institution, which the agency and which the body acted for.
 */
import type { PublicBody } from './data/public-bodies.js';
import type { Random } from './random.js';

export type OrgKind =
  | 'GOVERNMENT'
  | 'OFFICE'
  | 'RSUD'
  | 'PUSKESMAS'
  | 'POLRES'
  | 'KPU'
  | 'BAWASLU'
  | 'PERTANAHAN'
  | 'UNIVERSITY'
  | 'FACULTY'
  | 'COMPANY'
  | 'FOUNDATION'
  | 'HOSPITAL';

export interface Org {
  readonly kind: OrgKind;
  /** The signing office, as printed: "Dinas Kesehatan Kabupaten Garut". */
  readonly name: string;
  /** The top-level body it belongs to: "Pemerintah Kabupaten Garut", "Komisi Pemilihan Umum". */
  readonly agency: string;
  /** The government the office may say it acts for; null when it cannot ("Pemerintah Kabupaten Garut"). */
  readonly government: string | null;
  /** The head's position, complete: "Kepala Dinas Kesehatan Kabupaten Garut". */
  readonly position: string;
  /** The title alone, as an institution-first block may print it after "selaku" ("Direktur Utama"), or null. */
  readonly shortPosition: string | null;
  readonly address: string;
  /** "Kabupaten Garut" / "Kota Bandung": the region the office sits in. */
  readonly region: string;
  /** First part of the office's document numbers ("440", "B", "PKS"). */
  readonly numberCode: string;
  /** The office's short code in its numbers ("Dinkes", "RSUD", "UN-GRT"). */
  readonly unitCode: string;
  /** What the institution-first layout says the body is. */
  readonly description: string;
  readonly police: boolean;
  /** A doctor heads it (dr. and a medical degree). */
  readonly medical: boolean;
}

const OFFICES: readonly (readonly [string, string, string, boolean])[] = [
  ['Dinas Kesehatan', '440', 'Dinkes', true],
  ['Dinas Pendidikan', '420', 'Disdik', false],
  ['Dinas Sosial', '460', 'Dinsos', false],
  ['Dinas Kependudukan dan Pencatatan Sipil', '470', 'Disdukcapil', false],
  ['Badan Perencanaan Pembangunan Daerah', '050', 'Bappeda', false],
  ['Satuan Polisi Pamong Praja', '300', 'Satpol.PP', false],
  ['Dinas Perhubungan', '550', 'Dishub', false],
  ['Badan Penanggulangan Bencana Daerah', '360', 'BPBD', false],
];

const COMPANIES: readonly (readonly [string, string, string])[] = [
  ['PT Pos Indonesia (Persero)', 'Kantor Cabang', 'Kepala Kantor Cabang'],
  ['PT Bank Rakyat Indonesia (Persero) Tbk', 'Kantor Cabang', 'Pemimpin Cabang'],
  ['PT Taspen (Persero)', 'Kantor Cabang', 'Kepala Kantor Cabang'],
  ['PT Perusahaan Listrik Negara (Persero)', 'Unit Layanan Pelanggan', 'Manajer Unit Layanan Pelanggan'],
  ['PT Jasa Raharja', 'Perwakilan', 'Kepala Perwakilan'],
];

const FOUNDATION_WORDS = [
  'Bina Insani',
  'Pendidikan Nusantara',
  'Kasih Bunda',
  'Al-Hikmah',
  'Citra Bangsa',
  'Mitra Sehat',
];
const HOSPITAL_WORDS = [
  'Bhakti Husada',
  'Mitra Keluarga',
  'Permata Bunda',
  'Islam Assyifa',
  'Santo Yusup',
  'Medika Utama',
];
const FACULTIES = [
  'Kedokteran',
  'Hukum',
  'Ekonomi dan Bisnis',
  'Ilmu Sosial dan Ilmu Politik',
  'Teknik',
  'Keguruan dan Ilmu Pendidikan',
];

/** The bare place name: "Kabupaten Garut" -> "Garut". */
export function bareRegion(region: string): string {
  return region.replace(/^(?:Kabupaten Administrasi|Kabupaten|Kota) /, '');
}

function universityName(region: PublicBody): string {
  return `Universitas ${bareRegion(region.region!)}`;
}

/** Builds one office of the given kind in a regency or city. */
export function orgOf(random: Random, kind: OrgKind, local: PublicBody): Org {
  const region = local.region!;
  const bare = bareRegion(region);
  const seat = local.city;
  const government = local.name;
  const address = (n: number): string =>
    `Jalan ${random.pick(['Ahmad Yani', 'Merdeka', 'Pahlawan', 'Sudirman', 'Diponegoro', 'Veteran'])} Nomor ${n}, ${seat}`;
  const base = { region, police: false, medical: false, shortPosition: null };
  switch (kind) {
    case 'GOVERNMENT':
      return {
        ...base,
        kind,
        name: government,
        agency: government,
        government: null,
        position: local.head,
        address: local.address,
        numberCode: random.pick(['119', '180', '130']),
        unitCode: random.pick(['Huk', 'Setda', 'KS']),
        description: 'suatu daerah otonom',
      };
    case 'OFFICE': {
      const [office, code, unit, medical] = random.pick(OFFICES);
      const name = `${office} ${region}`;
      return {
        ...base,
        medical,
        kind,
        name,
        agency: government,
        government,
        position: `Kepala ${name}`,
        address: address(random.int(1, 150)),
        numberCode: code,
        unitCode: unit,
        description: 'perangkat daerah',
      };
    }
    case 'RSUD': {
      const name = `Rumah Sakit Umum Daerah ${bare}`;
      return {
        ...base,
        medical: true,
        kind,
        name,
        agency: government,
        government,
        position: `Direktur ${name}`,
        address: address(random.int(1, 150)),
        numberCode: '445',
        unitCode: 'RSUD',
        description: 'suatu unit organisasi bersifat khusus',
      };
    }
    case 'PUSKESMAS': {
      const name = `UPTD Puskesmas ${seat}`;
      return {
        ...base,
        medical: true,
        kind,
        name,
        agency: government,
        government,
        position: `Kepala ${name}`,
        address: address(random.int(1, 150)),
        numberCode: '440',
        unitCode: 'PKM',
        description: 'unit pelaksana teknis daerah',
      };
    }
    case 'POLRES': {
      const name = `Kepolisian Resor ${bare}`;
      return {
        ...base,
        police: true,
        kind,
        name,
        agency: 'Kepolisian Negara Republik Indonesia',
        government: null,
        position: `Kepala ${name}`,
        address: address(random.int(1, 150)),
        numberCode: 'B',
        unitCode: `Res ${bare}`,
        description: 'satuan kewilayahan Kepolisian Negara Republik Indonesia',
      };
    }
    case 'KPU': {
      const name = `Komisi Pemilihan Umum ${region}`;
      return {
        ...base,
        kind,
        name,
        agency: 'Komisi Pemilihan Umum',
        government: null,
        position: `Ketua ${name}`,
        address: address(random.int(1, 150)),
        numberCode: random.pick(['12', '27', '45']),
        unitCode: 'KPU-Kab',
        description: 'lembaga penyelenggara pemilihan umum',
      };
    }
    case 'BAWASLU': {
      const name = `Badan Pengawas Pemilihan Umum ${region}`;
      return {
        ...base,
        kind,
        name,
        agency: 'Badan Pengawas Pemilihan Umum',
        government: null,
        position: `Ketua ${name}`,
        address: address(random.int(1, 150)),
        numberCode: random.pick(['04', '13', '21']),
        unitCode: 'K.BAWASLU',
        description: 'lembaga pengawas pemilihan umum',
      };
    }
    case 'PERTANAHAN': {
      const name = `Kantor Pertanahan ${region}`;
      return {
        ...base,
        kind,
        name,
        agency: 'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
        government: null,
        position: `Kepala ${name}`,
        address: address(random.int(1, 150)),
        numberCode: random.pick(['HP.01.02', 'MP.01.01']),
        unitCode: 'KANTAH',
        description: 'instansi vertikal Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
      };
    }
    case 'UNIVERSITY': {
      const name = universityName(local);
      return {
        ...base,
        kind,
        name,
        agency: name,
        government: null,
        position: `Rektor ${name}`,
        address: address(random.int(1, 150)),
        numberCode: String(random.int(100, 2999)),
        unitCode: 'UN.R',
        description: 'perguruan tinggi',
      };
    }
    case 'FACULTY': {
      const university = universityName(local);
      const faculty = random.pick(FACULTIES);
      const name = `Fakultas ${faculty} ${university}`;
      return {
        ...base,
        medical: faculty === 'Kedokteran',
        kind,
        name,
        agency: university,
        government: null,
        position: `Dekan ${name}`,
        address: address(random.int(1, 150)),
        numberCode: String(random.int(100, 2999)),
        unitCode: 'FAK',
        description: 'unit pelaksana akademik',
      };
    }
    case 'COMPANY': {
      const [company, branch, head] = random.pick(COMPANIES);
      const name = `${company} ${branch} ${seat}`;
      return {
        ...base,
        kind,
        name,
        agency: company,
        government: null,
        position: `${head} ${seat}`,
        shortPosition: head,
        address: address(random.int(1, 150)),
        numberCode: 'PKS',
        unitCode: 'CAB',
        description: 'badan usaha milik negara',
      };
    }
    case 'FOUNDATION': {
      const name = `Yayasan ${random.pick(FOUNDATION_WORDS)} ${seat}`;
      return {
        ...base,
        kind,
        name,
        agency: name,
        government: null,
        position: `Ketua ${name}`,
        shortPosition: random.pick(['Ketua', 'Ketua Pengurus']),
        address: address(random.int(1, 150)),
        numberCode: String(random.int(1, 99)),
        unitCode: 'YYS',
        description: 'badan hukum yayasan',
      };
    }
    case 'HOSPITAL': {
      const name = `Rumah Sakit Umum ${random.pick(HOSPITAL_WORDS)} ${seat}`;
      return {
        ...base,
        medical: true,
        kind,
        name,
        agency: name,
        government: null,
        position: `Direktur ${name}`,
        shortPosition: random.pick(['Direktur Utama', 'Direktur']),
        address: address(random.int(1, 150)),
        numberCode: String(random.int(1, 99)),
        unitCode: 'RSU',
        description: 'rumah sakit swasta',
      };
    }
  }
}
