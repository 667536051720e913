/**
 * A pool of real Indonesian laws and regulations that cooperation agreements cite as their
 * legal basis, compiled by hand with their gazette references and amendments. `tags` say
 * which agreements cite them: ALL (any), CYBER (BSSN subjects), REGION (a province or
 * regency is a party), and subject tags. Bodies named in `body` are cited only when that
 * body is a party (its own organisation regulation).
 */
import type { InstrumentKind } from '../../domain/agreement.js';

export interface Amendment {
  readonly printedAs: string;
  readonly number: string;
  readonly year: number;
  readonly title: string;
  readonly gazette: string | null;
}

export interface InstrumentData {
  readonly id: string;
  readonly kind: InstrumentKind;
  /** The issuer as the parser reports it, for kinds that need one. */
  readonly issuer: string | null;
  /** How the instrument's kind is printed: "Undang-Undang", "Peraturan Menteri Dalam Negeri". */
  readonly printedAs: string;
  readonly number: string | null;
  readonly year: number | null;
  readonly title: string;
  readonly gazette: string | null;
  readonly amendments: readonly Amendment[];
  readonly tags: readonly string[];
  /** Cited only when this body (public-bodies id) is a party. */
  readonly body?: string;
  /** Last date on which it was still in force (replaced afterwards). */
  readonly until?: string;
}

const LN = (year: number, no: number, tln?: number): string =>
  `Lembaran Negara Republik Indonesia Tahun ${year} Nomor ${no}` +
  (tln ? `, Tambahan Lembaran Negara Republik Indonesia Nomor ${tln}` : '');
const BN = (year: number, no: number): string => `Berita Negara Republik Indonesia Tahun ${year} Nomor ${no}`;

const UU = 'Undang-Undang';
const PP = 'Peraturan Pemerintah';
const PERPRES = 'Peraturan Presiden';

export const LEGAL_INSTRUMENTS: readonly InstrumentData[] = [
  { id: 'uu-17-2003', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '17', year: 2003, title: 'Keuangan Negara', gazette: LN(2003, 47, 4286), amendments: [], tags: ['ALL'] },
  { id: 'uu-1-2004', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '1', year: 2004, title: 'Perbendaharaan Negara', gazette: LN(2004, 5, 4355), amendments: [], tags: ['ALL'] },
  {
    id: 'uu-11-2008', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '11', year: 2008, title: 'Informasi dan Transaksi Elektronik', gazette: LN(2008, 58, 4843),
    amendments: [
      { printedAs: UU, number: '19', year: 2016, title: 'Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik', gazette: LN(2016, 251, 5952) },
      { printedAs: UU, number: '1', year: 2024, title: 'Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik', gazette: LN(2024, 1, 6905) },
    ],
    tags: ['ALL', 'CYBER', 'DATA'],
  },
  { id: 'uu-14-2008', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '14', year: 2008, title: 'Keterbukaan Informasi Publik', gazette: LN(2008, 61, 4846), amendments: [], tags: ['DATA', 'STAT'] },
  {
    id: 'uu-39-2008', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '39', year: 2008, title: 'Kementerian Negara', gazette: LN(2008, 166, 4916),
    amendments: [{ printedAs: UU, number: '61', year: 2024, title: 'Perubahan atas Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara', gazette: LN(2024, 225, 6994) }],
    tags: ['MINISTRY'],
  },
  { id: 'uu-25-2009', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '25', year: 2009, title: 'Pelayanan Publik', gazette: LN(2009, 112, 5038), amendments: [], tags: ['ALL'] },
  { id: 'uu-43-2009', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '43', year: 2009, title: 'Kearsipan', gazette: LN(2009, 152, 5071), amendments: [], tags: ['ARCHIVE'] },
  { id: 'uu-16-1997', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '16', year: 1997, title: 'Statistik', gazette: LN(1997, 39, 3683), amendments: [], tags: ['STAT'] },
  { id: 'uu-24-2007', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '24', year: 2007, title: 'Penanggulangan Bencana', gazette: LN(2007, 66, 4723), amendments: [], tags: ['DISASTER'] },
  {
    id: 'uu-23-2006', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '23', year: 2006, title: 'Administrasi Kependudukan', gazette: LN(2006, 124, 4674),
    amendments: [{ printedAs: UU, number: '24', year: 2013, title: 'Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan', gazette: LN(2013, 232, 5475) }],
    tags: ['POPULATION'],
  },
  {
    id: 'uu-23-2014', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '23', year: 2014, title: 'Pemerintahan Daerah', gazette: LN(2014, 244, 5587),
    amendments: [
      { printedAs: UU, number: '2', year: 2015, title: 'Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah menjadi Undang-Undang', gazette: LN(2015, 24, 5657) },
      { printedAs: UU, number: '9', year: 2015, title: 'Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', gazette: LN(2015, 58, 5679) },
      { printedAs: UU, number: '6', year: 2023, title: 'Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang', gazette: LN(2023, 41, 6856) },
    ],
    tags: ['REGION'],
  },
  { id: 'uu-30-2014', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '30', year: 2014, title: 'Administrasi Pemerintahan', gazette: LN(2014, 292, 5601), amendments: [], tags: ['ALL'] },
  { id: 'uu-5-2014', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '5', year: 2014, title: 'Aparatur Sipil Negara', gazette: LN(2014, 6, 5494), amendments: [], tags: ['HR'], until: '2023-10-30' },
  { id: 'uu-20-2023', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '20', year: 2023, title: 'Aparatur Sipil Negara', gazette: LN(2023, 141, 6897), amendments: [], tags: ['HR'] },
  { id: 'uu-27-2022', kind: 'UNDANG_UNDANG', issuer: null, printedAs: UU, number: '27', year: 2022, title: 'Pelindungan Data Pribadi', gazette: LN(2022, 196, 6820), amendments: [], tags: ['CYBER', 'DATA', 'POPULATION'] },

  { id: 'pp-71-2019', kind: 'PERATURAN_PEMERINTAH', issuer: null, printedAs: PP, number: '71', year: 2019, title: 'Penyelenggaraan Sistem dan Transaksi Elektronik', gazette: LN(2019, 185, 6400), amendments: [], tags: ['ALL', 'CYBER'] },
  { id: 'pp-28-2018', kind: 'PERATURAN_PEMERINTAH', issuer: null, printedAs: PP, number: '28', year: 2018, title: 'Kerja Sama Daerah', gazette: LN(2018, 97, 6219), amendments: [], tags: ['REGION'] },
  {
    id: 'pp-18-2016', kind: 'PERATURAN_PEMERINTAH', issuer: null, printedAs: PP, number: '18', year: 2016, title: 'Perangkat Daerah', gazette: LN(2016, 114, 5887),
    amendments: [{ printedAs: PP, number: '72', year: 2019, title: 'Perubahan atas Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah', gazette: LN(2019, 187, 6402) }],
    tags: ['REGION'],
  },
  {
    id: 'pp-11-2017', kind: 'PERATURAN_PEMERINTAH', issuer: null, printedAs: PP, number: '11', year: 2017, title: 'Manajemen Pegawai Negeri Sipil', gazette: LN(2017, 63, 6037),
    amendments: [{ printedAs: PP, number: '17', year: 2020, title: 'Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil', gazette: LN(2020, 68, 6477) }],
    tags: ['HR'],
  },
  { id: 'pp-12-2019', kind: 'PERATURAN_PEMERINTAH', issuer: null, printedAs: PP, number: '12', year: 2019, title: 'Pengelolaan Keuangan Daerah', gazette: LN(2019, 42, 6322), amendments: [], tags: ['REGION'] },
  { id: 'pp-40-2019', kind: 'PERATURAN_PEMERINTAH', issuer: null, printedAs: PP, number: '40', year: 2019, title: 'Pelaksanaan Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan', gazette: LN(2019, 102, 6354), amendments: [], tags: ['POPULATION'] },

  {
    id: 'perpres-53-2017', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '53', year: 2017, title: 'Badan Siber dan Sandi Negara', gazette: LN(2017, 100),
    amendments: [{ printedAs: PERPRES, number: '133', year: 2017, title: 'Perubahan atas Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara', gazette: LN(2017, 277) }],
    tags: ['CYBER'], until: '2021-04-12',
  },
  { id: 'perpres-28-2021', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '28', year: 2021, title: 'Badan Siber dan Sandi Negara', gazette: LN(2021, 101), amendments: [], tags: ['CYBER'] },
  { id: 'perpres-95-2018', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '95', year: 2018, title: 'Sistem Pemerintahan Berbasis Elektronik', gazette: LN(2018, 182), amendments: [], tags: ['ALL', 'CYBER'] },
  { id: 'perpres-39-2019', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '39', year: 2019, title: 'Satu Data Indonesia', gazette: LN(2019, 112), amendments: [], tags: ['DATA', 'STAT'] },
  { id: 'perpres-82-2022', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '82', year: 2022, title: 'Pelindungan Infrastruktur Informasi Vital', gazette: LN(2022, 129), amendments: [], tags: ['CYBER'] },
  { id: 'perpres-132-2022', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '132', year: 2022, title: 'Arsitektur Sistem Pemerintahan Berbasis Elektronik Nasional', gazette: LN(2022, 233), amendments: [], tags: ['CYBER', 'DATA'] },
  { id: 'perpres-47-2023', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '47', year: 2023, title: 'Strategi Keamanan Siber Nasional dan Manajemen Krisis Siber', gazette: LN(2023, 82), amendments: [], tags: ['CYBER'] },
  {
    id: 'perpres-68-2019', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '68', year: 2019, title: 'Organisasi Kementerian Negara', gazette: LN(2019, 203),
    amendments: [{ printedAs: PERPRES, number: '32', year: 2021, title: 'Perubahan atas Peraturan Presiden Nomor 68 Tahun 2019 tentang Organisasi Kementerian Negara', gazette: LN(2021, 83) }],
    tags: ['MINISTRY'], until: '2024-10-20',
  },
  {
    id: 'perpres-16-2018', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '16', year: 2018, title: 'Pengadaan Barang/Jasa Pemerintah', gazette: LN(2018, 33),
    amendments: [{ printedAs: PERPRES, number: '12', year: 2021, title: 'Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah', gazette: LN(2021, 63) }],
    tags: ['PROCUREMENT'],
  },
  { id: 'perpres-155-2024', kind: 'PERATURAN_PRESIDEN', issuer: null, printedAs: PERPRES, number: '155', year: 2024, title: 'Kementerian Hukum', gazette: LN(2024, 351), amendments: [], tags: [], body: 'kemenkum' },

  { id: 'permendagri-22-2020', kind: 'PERATURAN_MENTERI', issuer: 'Menteri Dalam Negeri', printedAs: 'Peraturan Menteri Dalam Negeri', number: '22', year: 2020, title: 'Tata Cara Kerja Sama Daerah dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga', gazette: BN(2020, 345), amendments: [], tags: ['REGION'] },
  { id: 'permendagri-102-2019', kind: 'PERATURAN_MENTERI', issuer: 'Menteri Dalam Negeri', printedAs: 'Peraturan Menteri Dalam Negeri', number: '102', year: 2019, title: 'Pemberian Hak Akses dan Pemanfaatan Data Kependudukan', gazette: BN(2019, 1591), amendments: [], tags: ['POPULATION'] },
  { id: 'permenkominfo-11-2022', kind: 'PERATURAN_MENTERI', issuer: 'Menteri Komunikasi dan Informatika', printedAs: 'Peraturan Menteri Komunikasi dan Informatika', number: '11', year: 2022, title: 'Tata Kelola Penyelenggaraan Sertifikasi Elektronik', gazette: BN(2022, 1003), amendments: [], tags: ['CERT'] },
  { id: 'permenpanrb-59-2020', kind: 'PERATURAN_MENTERI', issuer: 'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', printedAs: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', number: '59', year: 2020, title: 'Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik', gazette: BN(2020, 994), amendments: [], tags: ['CYBER'] },
  { id: 'permenkumham-30-2021', kind: 'PERATURAN_MENTERI', issuer: 'Menteri Hukum dan Hak Asasi Manusia', printedAs: 'Peraturan Menteri Hukum dan Hak Asasi Manusia', number: '30', year: 2021, title: 'Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Kementerian Hukum dan Hak Asasi Manusia', gazette: BN(2021, 949), amendments: [], tags: [], body: 'kemenkumham' },
  { id: 'permenkumham-4-2022', kind: 'PERATURAN_MENTERI', issuer: 'Menteri Hukum dan Hak Asasi Manusia', printedAs: 'Peraturan Menteri Hukum dan Hak Asasi Manusia', number: '4', year: 2022, title: 'Penyelenggaraan Sertifikat Elektronik di Lingkungan Kementerian Hukum dan Hak Asasi Manusia', gazette: BN(2022, 28), amendments: [], tags: [], body: 'kemenkumham' },
  { id: 'permenkum-1-2024', kind: 'PERATURAN_MENTERI', issuer: 'Menteri Hukum', printedAs: 'Peraturan Menteri Hukum', number: '1', year: 2024, title: 'Organisasi dan Tata Kerja Kementerian Hukum', gazette: BN(2024, 832), amendments: [], tags: [], body: 'kemenkum' },

  { id: 'perbssn-10-2019', kind: 'PERATURAN_BADAN', issuer: 'Badan Siber dan Sandi Negara', printedAs: 'Peraturan Badan Siber dan Sandi Negara', number: '10', year: 2019, title: 'Pelaksanaan Persandian untuk Pengamanan Informasi di Pemerintah Daerah', gazette: BN(2019, 1054), amendments: [], tags: ['CYBER-REGION'] },
  { id: 'perbssn-8-2020', kind: 'PERATURAN_BADAN', issuer: 'Badan Siber dan Sandi Negara', printedAs: 'Peraturan Badan Siber dan Sandi Negara', number: '8', year: 2020, title: 'Sistem Pengamanan dalam Penyelenggaraan Sistem Elektronik', gazette: BN(2020, 1375), amendments: [], tags: ['CYBER'] },
  { id: 'perbssn-4-2021', kind: 'PERATURAN_BADAN', issuer: 'Badan Siber dan Sandi Negara', printedAs: 'Peraturan Badan Siber dan Sandi Negara', number: '4', year: 2021, title: 'Pedoman Manajemen Keamanan Informasi Sistem Pemerintahan Berbasis Elektronik dan Standar Teknis dan Prosedur Keamanan Sistem Pemerintahan Berbasis Elektronik', gazette: BN(2021, 541), amendments: [], tags: ['CYBER'] },
  { id: 'perbssn-6-2021', kind: 'PERATURAN_BADAN', issuer: 'Badan Siber dan Sandi Negara', printedAs: 'Peraturan Badan Siber dan Sandi Negara', number: '6', year: 2021, title: 'Organisasi dan Tata Kerja Badan Siber dan Sandi Negara', gazette: BN(2021, 803), amendments: [], tags: ['CYBER'] },
  { id: 'perbssn-6-2024', kind: 'PERATURAN_BADAN', issuer: 'Badan Siber dan Sandi Negara', printedAs: 'Peraturan Badan Siber dan Sandi Negara', number: '6', year: 2024, title: 'Organisasi dan Tata Kerja Balai Besar Sertifikasi Elektronik', gazette: BN(2024, 527), amendments: [], tags: ['CERT'] },

  { id: 'kuhperdata', kind: 'KITAB', issuer: null, printedAs: 'Kitab Undang-Undang Hukum Perdata', number: null, year: null, title: 'Kitab Undang-Undang Hukum Perdata', gazette: null, amendments: [], tags: ['ALL'] },
];

/** The year an amendment, a regulation or a code came into force, for filtering by signing date. */
export function inForceOn(i: InstrumentData, isoDate: string): boolean {
  if (i.until && isoDate > i.until) return false;
  return i.year === null || `${i.year}-12-31` < isoDate || Number(isoDate.slice(0, 4)) > i.year;
}
