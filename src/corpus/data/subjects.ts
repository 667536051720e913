/**
 * What agreements are about: title, recitals, definitions, scope, and the obligations and
 * rights of each side, written the way the seed agreements write them. {A} is the label of
 * the side that uses the service (PIHAK KESATU in the seeds), {B} the label of the side
 * that provides it; {A_BODY} and {B_BODY} are names of the bodies, {B_UNIT} the providing unit.
 */

export interface Subject {
  readonly id: string;
  /** Public-bodies id of the provider's agency ('bssn'), or null when any body may provide. */
  readonly provider: string;
  /** Unit of the provider that renders the service (for the correspondence and recitals). */
  readonly providerUnit?: string;
  /** Subject of a PKS; {A_BODY} is replaced by the beneficiary's name. */
  readonly title: string;
  /** Subject of the MoU that PKS of this subject follow up. */
  readonly mouTitle: string;
  /** "untuk menjamin …, diperlukan …" (without "bahwa"). */
  readonly need: string;
  /** What the provider's unit does, for its recital. */
  readonly providerDuty: string;
  readonly definitions: readonly (readonly [string, string])[];
  readonly scope: readonly string[];
  readonly obligationsA: readonly string[];
  readonly obligationsB: readonly string[];
  readonly rightsA: readonly string[];
  readonly rightsB: readonly string[];
  /** Legal instrument tags this subject cites. */
  readonly tags: readonly string[];
  /** Relative frequency. */
  readonly weight: number;
}

const CERT_DEFINITIONS: readonly (readonly [string, string])[] = [
  [
    'Balai Sertifikasi Elektronik',
    'Unit Pelaksana Teknis di lingkungan Badan Siber dan Sandi Negara yang mempunyai tugas melaksanakan pelayanan sertifikasi elektronik, pengelolaan sistem sertifikasi elektronik, dan pemenuhan teknis sistem sertifikasi elektronik',
  ],
  [
    'Sertifikat Elektronik',
    'sertifikat yang bersifat elektronik yang memuat tanda tangan elektronik dan identitas yang menunjukan status subjek hukum dalam transaksi elektronik yang dikeluarkan oleh penyelenggara Sertifikat Elektronik',
  ],
  [
    'Sistem Elektronik',
    'serangkaian perangkat dan prosedur elektronik yang berfungsi mempersiapkan, mengumpulkan, mengolah, menganalisis, menyimpan, menampilkan, mengumumkan, mengirimkan, dan/atau menyebarkan informasi elektronik',
  ],
  [
    'Otoritas Sertifikat Digital Lemsaneg',
    'sistem penyelenggaraan sertifikasi elektronik secara keseluruhan atau salah satu/beberapa sistem penyelenggaraan sertifikasi elektronik',
  ],
  [
    'Certificate Policy',
    'ketentuan dan kebijakan yang mengatur semua pihak yang terkait dengan penggunaan Sertifikat Elektronik yang dikeluarkan oleh OSD Lemsaneg',
  ],
  [
    'Tinjauan Implementasi',
    'kegiatan untuk menilai tingkat kepatuhan suatu instansi terhadap penyelenggaraan pemanfaatan sertifikat elektronik yang dilaksanakan secara sistematis dan komprehensif menggunakan alat ukur tertentu',
  ],
  [
    'Verifikator',
    'personel yang bertanggung jawab dalam melakukan proses verifikasi terhadap kelengkapan bukti dan berkas calon atau Pemilik Sertifikat Elektronik pada proses pendaftaran Sertifikat Elektronik',
  ],
  [
    'Penilaian Keamanan',
    'serangkaian proses yang dilakukan untuk menilai keandalan, keabsahan, dan keamanan terkait sistem elektronik',
  ],
];

const CYBER_DEFINITIONS: readonly (readonly [string, string])[] = [
  [
    'Keamanan Siber',
    'upaya adaptif dan inovatif untuk melindungi seluruh lapisan ruang siber, termasuk aset informasi yang ada di dalamnya, dari ancaman dan serangan siber, baik yang bersifat teknis maupun sosial',
  ],
  [
    'Insiden Siber',
    'satu atau serangkaian kejadian yang mengganggu atau mengancam berjalannya sistem elektronik',
  ],
  [
    'Tim Tanggap Insiden Siber',
    'sekelompok orang yang bertanggung jawab menangani Insiden Siber dalam ruang lingkup yang ditentukan terhadap suatu organisasi',
  ],
  [
    'Sistem Pemerintahan Berbasis Elektronik',
    'penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada pengguna',
  ],
  [
    'Persandian',
    'kegiatan di bidang pengamanan data/informasi yang dilaksanakan dengan menerapkan konsep, teori, seni dan ilmu kripto beserta ilmu pendukung lainnya secara sistematis, metodologis dan konsisten',
  ],
  [
    'Penilaian Keamanan',
    'serangkaian proses yang dilakukan untuk menilai keandalan, keabsahan, dan keamanan terkait sistem elektronik',
  ],
];

export const SUBJECTS: readonly Subject[] = [
  {
    id: 'sertifikat-elektronik',
    provider: 'bssn',
    providerUnit: 'Balai Sertifikasi Elektronik',
    title: 'Pemanfaatan Sertifikat Elektronik pada Sistem Elektronik di Lingkungan {A_BODY}',
    mouTitle: 'Pelindungan Informasi dan Transaksi Elektronik',
    need: 'untuk menjamin keamanan Sistem Elektronik, diperlukan layanan keamanan berupa autentikasi dan integritas data dengan menggunakan Sertifikat Elektronik yang diterbitkan oleh {B_UNIT} Badan Siber dan Sandi Negara',
    providerDuty:
      'menyelenggarakan pelayanan sertifikasi elektronik, pengelolaan sistem sertifikasi elektronik, dan pemenuhan teknis sistem sertifikasi elektronik',
    definitions: CERT_DEFINITIONS,
    scope: [
      'penyediaan infrastruktur teknologi informasi yang mendukung penerapan Sertifikat Elektronik pada layanan pemerintah',
      'penerbitan Sertifikat Elektronik',
      'pemanfaatan Sertifikat Elektronik dalam Sistem Elektronik pada {A}',
      'peningkatan kompetensi sumber daya manusia dalam pemanfaatan Sertifikat Elektronik',
      'peningkatan literasi terkait pemanfaatan layanan Sertifikat Elektronik',
    ],
    obligationsA: [
      'menyediakan infrastruktur yang dibutuhkan pada pemanfaatan Sertifikat Elektronik',
      'menyediakan data yang dibutuhkan {B} dalam rangka pemanfaatan Sertifikat Elektronik',
      'menyusun Standar Operasional Prosedur (SOP) Pemanfaatan Sertifikat Elektronik dengan asistensi {B}',
      'bertanggung jawab terhadap keamanan infrastruktur Sistem Elektronik {A}',
      'memberikan laporan hasil security assessment Sistem Elektronik yang telah dilakukan oleh {A} atas permintaan {B}',
      'mengikuti saran dan rekomendasi {B} terkait prosedur pengamanan Sertifikat Elektronik',
      'memberikan laporan hasil pemanfaatan Sertifikat Elektronik kepada {B} sesuai format yang ditentukan minimal 1 (satu) tahun sekali',
      'mempromosikan layanan Sertifikat Elektronik {B} kepada unit kerja di lingkungan {A} dan masyarakat',
      'mencantumkan Logo BSrE pada setiap aplikasi yang menggunakan Sertifikat Elektronik {B}',
      'mencantumkan informasi pada dokumen keluaran aplikasi yang menggunakan Sertifikat Elektronik bahwa dokumen telah ditandatangani secara elektronik menggunakan Sertifikat Elektronik yang diterbitkan oleh {B}',
      'memberikan dukungan kepada {B} dalam rangka sosialisasi dan bimbingan teknis terkait penyiapan dan pemanfaatan Sertifikat Elektronik yang diselenggarakan oleh {A}',
      'menunjuk dan menugaskan paling sedikit 2 (dua) orang personel di lingkungan {A} untuk menjadi Verifikator',
      'menyiapkan kebutuhan teknis yang diperlukan untuk mendapatkan data dan/atau informasi hasil pemanfaatan Sertifikat Elektronik {A}',
    ],
    obligationsB: [
      'menerbitkan Sertifikat Elektronik',
      'menyediakan narasumber dan melakukan pendampingan pada kegiatan bimbingan teknis terkait penyiapan dan pemanfaatan Sertifikat Elektronik',
      'memberikan asistensi kepada {A} untuk penyusunan SOP Pemanfaatan Sertifikat Elektronik',
      'memberikan dukungan teknis apabila terjadi permasalahan terkait keautentikan, keutuhan dan kenirsangkalan dalam pemanfaatan Sertifikat Elektronik',
      'menyediakan dokumen Certificate Policy',
      'melakukan penilaian kepatuhan pelaksanaan Certificate Policy',
      'melakukan tinjauan implementasi pemanfaatan Sertifikat Elektronik',
      'menyampaikan pemberitahuan terhadap segala bentuk perubahan, penambahan, dan/atau pengembangan layanan Sertifikat Elektronik kepada {A} melalui kanal yang disediakan oleh {B}',
    ],
    rightsA: [
      'menerima Sertifikat Elektronik dari {B}',
      'mendapatkan bimbingan teknis terkait penyiapan dan pemanfaatan Sertifikat Elektronik dari {B}',
      'mendapatkan asistensi dari {B} dalam penyusunan SOP pemanfaatan Sertifikat Elektronik',
      'mendapatkan dukungan teknis apabila terjadi permasalahan terkait keautentikan, keutuhan dan kenirsangkalan dalam pemanfaatan Sertifikat Elektronik dari {B}',
      'mendapatkan dokumen Certificate Policy',
      'menerima laporan hasil penilaian kepatuhan pelaksanaan Certificate Policy',
      'mendapatkan pemberitahuan terhadap segala bentuk perubahan, penambahan, dan/atau pengembangan layanan Sertifikat Elektronik dari {B}',
    ],
    rightsB: [
      'mendapatkan data dari {A} dalam rangka pemanfaatan Sertifikat Elektronik',
      'mendapatkan laporan hasil security assessment Sistem Elektronik {A} atas permintaan {B}',
      'mendapatkan laporan terkait pemanfaatan Sertifikat Elektronik dari {A} sesuai format yang ditentukan minimal 1 (satu) tahun sekali',
      'mendapatkan promosi berupa sosialisasi kepada unit kerja di lingkungan {A} dan pengguna Sertifikat Elektronik dalam Sistem Elektronik terkait layanan yang dimiliki oleh {B}',
      'dicantumkannya Logo BSrE pada setiap aplikasi yang menggunakan Sertifikat Elektronik {B}',
      'dicantumkannya informasi pada dokumen keluaran aplikasi yang menggunakan Sertifikat Elektronik bahwa dokumen telah ditandatangani secara elektronik menggunakan Sertifikat Elektronik yang diterbitkan oleh {B}',
      'mendapatkan dukungan dari {A} dalam rangka penyelenggaraan sosialisasi dan bimbingan teknis terkait penyiapan dan pemanfaatan Sertifikat Elektronik yang diselenggarakan oleh {A}',
      'mendapatkan rekomendasi paling sedikit 2 (dua) orang personel yang ditugaskan menjadi Verifikator',
    ],
    tags: ['CYBER', 'CERT'],
    weight: 10,
  },
  {
    id: 'csirt',
    provider: 'bssn',
    title: 'Pembentukan dan Penguatan Tim Tanggap Insiden Siber di Lingkungan {A_BODY}',
    mouTitle: 'Penguatan Keamanan Siber dan Persandian',
    need: 'untuk menjaga keamanan Sistem Elektronik dari ancaman dan serangan siber, diperlukan Tim Tanggap Insiden Siber yang andal dan terkoordinasi dengan Badan Siber dan Sandi Negara',
    providerDuty: 'melaksanakan koordinasi penanggulangan dan pemulihan Insiden Siber di sektor pemerintahan',
    definitions: CYBER_DEFINITIONS,
    scope: [
      'pembentukan Tim Tanggap Insiden Siber di lingkungan {A}',
      'penanggulangan dan pemulihan Insiden Siber',
      'pertukaran informasi terkait ancaman dan kerawanan siber',
      'peningkatan kapasitas sumber daya manusia di bidang keamanan siber',
      'penilaian keamanan Sistem Elektronik {A}',
    ],
    obligationsA: [
      'membentuk dan menetapkan Tim Tanggap Insiden Siber di lingkungan {A}',
      'menyediakan sumber daya manusia, sarana, dan prasarana yang dibutuhkan dalam pelaksanaan Tim Tanggap Insiden Siber',
      'melaporkan setiap Insiden Siber yang terjadi pada Sistem Elektronik {A} kepada {B}',
      'menindaklanjuti rekomendasi {B} terkait penanggulangan dan pemulihan Insiden Siber',
      'menyediakan data dan informasi yang dibutuhkan {B} dalam rangka penanganan Insiden Siber',
      'menugaskan personel untuk mengikuti kegiatan peningkatan kapasitas yang diselenggarakan oleh {B}',
      'menjaga kerahasiaan informasi ancaman siber yang diterima dari {B}',
      'menyampaikan laporan pelaksanaan kegiatan Tim Tanggap Insiden Siber kepada {B} paling sedikit 1 (satu) kali dalam 1 (satu) tahun',
    ],
    obligationsB: [
      'memberikan asistensi dalam pembentukan Tim Tanggap Insiden Siber di lingkungan {A}',
      'memberikan bantuan teknis penanggulangan dan pemulihan Insiden Siber atas permintaan {A}',
      'menyampaikan informasi peringatan dini terkait ancaman dan kerawanan siber kepada {A}',
      'menyelenggarakan kegiatan peningkatan kapasitas sumber daya manusia di bidang keamanan siber',
      'melaksanakan penilaian keamanan terhadap Sistem Elektronik {A} sesuai dengan kesepakatan PARA PIHAK',
      'memberikan rekomendasi hasil penilaian keamanan kepada {A}',
    ],
    rightsA: [
      'mendapatkan asistensi dalam pembentukan Tim Tanggap Insiden Siber dari {B}',
      'mendapatkan bantuan teknis penanggulangan dan pemulihan Insiden Siber dari {B}',
      'menerima informasi peringatan dini terkait ancaman dan kerawanan siber dari {B}',
      'mengikuti kegiatan peningkatan kapasitas sumber daya manusia yang diselenggarakan oleh {B}',
      'menerima rekomendasi hasil penilaian keamanan Sistem Elektronik dari {B}',
    ],
    rightsB: [
      'menerima laporan Insiden Siber yang terjadi pada Sistem Elektronik {A}',
      'mendapatkan data dan informasi yang dibutuhkan dalam rangka penanganan Insiden Siber dari {A}',
      'menerima laporan pelaksanaan kegiatan Tim Tanggap Insiden Siber dari {A}',
      'mendapatkan akses terhadap Sistem Elektronik {A} dalam rangka penilaian keamanan sesuai kesepakatan PARA PIHAK',
      'mendapatkan dukungan dari {A} dalam penyelenggaraan kegiatan peningkatan kapasitas',
    ],
    tags: ['CYBER'],
    weight: 3,
  },
  {
    id: 'persandian',
    provider: 'bssn',
    title: 'Penyelenggaraan Persandian untuk Pengamanan Informasi di Lingkungan {A_BODY}',
    mouTitle: 'Penyelenggaraan Persandian dan Keamanan Siber',
    need: 'untuk melindungi informasi milik pemerintah yang bersifat rahasia dan/atau strategis, diperlukan penyelenggaraan Persandian yang sesuai dengan ketentuan peraturan perundang-undangan',
    providerDuty: 'melaksanakan pembinaan dan pengawasan penyelenggaraan Persandian di instansi pemerintah',
    definitions: CYBER_DEFINITIONS,
    scope: [
      'pengamanan informasi berklasifikasi di lingkungan {A}',
      'penyediaan dan pemanfaatan peralatan sandi',
      'pembinaan sumber daya manusia Persandian',
      'pengawasan dan evaluasi penyelenggaraan Persandian',
    ],
    obligationsA: [
      'menyelenggarakan Persandian untuk pengamanan informasi di lingkungan {A}',
      'menyediakan sumber daya manusia yang memiliki kompetensi di bidang Persandian',
      'menyediakan sarana dan prasarana penyelenggaraan Persandian',
      'menggunakan peralatan sandi sesuai dengan ketentuan yang ditetapkan oleh {B}',
      'melaporkan penyelenggaraan Persandian kepada {B} secara berkala',
      'menindaklanjuti hasil pengawasan dan evaluasi yang dilaksanakan oleh {B}',
      'menjaga keamanan peralatan sandi dan kunci sistem sandi yang dipinjamkan oleh {B}',
    ],
    obligationsB: [
      'melakukan pembinaan teknis penyelenggaraan Persandian di lingkungan {A}',
      'menyediakan peralatan sandi sesuai dengan kebutuhan {A}',
      'menyelenggarakan pendidikan dan pelatihan Persandian bagi personel {A}',
      'melaksanakan pengawasan dan evaluasi penyelenggaraan Persandian di lingkungan {A}',
      'memberikan rekomendasi perbaikan penyelenggaraan Persandian kepada {A}',
    ],
    rightsA: [
      'mendapatkan pembinaan teknis penyelenggaraan Persandian dari {B}',
      'mendapatkan peralatan sandi sesuai dengan kebutuhan',
      'mengikuti pendidikan dan pelatihan Persandian yang diselenggarakan oleh {B}',
      'menerima rekomendasi perbaikan penyelenggaraan Persandian dari {B}',
    ],
    rightsB: [
      'menerima laporan penyelenggaraan Persandian dari {A}',
      'melakukan pengawasan dan evaluasi penyelenggaraan Persandian di lingkungan {A}',
      'mendapatkan dukungan data dan informasi dari {A} dalam rangka pembinaan Persandian',
      'menarik kembali peralatan sandi apabila tidak digunakan sesuai ketentuan',
    ],
    tags: ['CYBER', 'CYBER-REGION'],
    weight: 3,
  },
  {
    id: 'data-kependudukan',
    provider: 'kemendagri',
    providerUnit: 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil',
    title:
      'Pemanfaatan Nomor Induk Kependudukan, Data Kependudukan, dan Kartu Tanda Penduduk Elektronik dalam Lingkup Tugas {A_BODY}',
    mouTitle: 'Pemanfaatan Data Kependudukan',
    need: 'untuk meningkatkan kualitas pelayanan publik, diperlukan pemanfaatan Data Kependudukan yang akurat dan mutakhir',
    providerDuty:
      'menyelenggarakan perumusan dan pelaksanaan kebijakan di bidang pendaftaran penduduk, pencatatan sipil, dan pengelolaan informasi administrasi kependudukan',
    definitions: [
      [
        'Data Kependudukan',
        'data perseorangan dan/atau data agregat yang terstruktur sebagai hasil dari kegiatan Pendaftaran Penduduk dan Pencatatan Sipil',
      ],
      [
        'Nomor Induk Kependudukan',
        'nomor identitas Penduduk yang bersifat unik atau khas, tunggal dan melekat pada seseorang yang terdaftar sebagai Penduduk Indonesia',
      ],
      [
        'Kartu Tanda Penduduk Elektronik',
        'Kartu Tanda Penduduk yang dilengkapi cip yang merupakan identitas resmi penduduk sebagai bukti diri yang diterbitkan oleh Instansi Pelaksana',
      ],
      [
        'Hak Akses',
        'hak yang diberikan oleh Menteri kepada pengguna untuk dapat mengakses database kependudukan sesuai dengan izin yang diberikan',
      ],
    ],
    scope: [
      'pemanfaatan Nomor Induk Kependudukan dan Data Kependudukan untuk verifikasi data',
      'pemberian Hak Akses verifikasi data melalui web service',
      'pemanfaatan perangkat pembaca Kartu Tanda Penduduk Elektronik',
      'pemutakhiran data pengguna berdasarkan Data Kependudukan',
    ],
    obligationsA: [
      'menjaga kerahasiaan dan keamanan Data Kependudukan yang diakses',
      'menggunakan Data Kependudukan hanya untuk keperluan sesuai lingkup tugas {A}',
      'menyediakan perangkat keras, perangkat lunak, dan jaringan komunikasi data',
      'tidak memberikan Data Kependudukan kepada pihak lain',
      'menyampaikan laporan pemanfaatan Data Kependudukan kepada {B} setiap 3 (tiga) bulan',
      'menunjuk petugas yang bertanggung jawab atas penggunaan Hak Akses',
      'menyampaikan data balikan hasil pemanfaatan kepada {B}',
    ],
    obligationsB: [
      'memberikan Hak Akses verifikasi Data Kependudukan kepada {A}',
      'menyediakan layanan web service untuk verifikasi Data Kependudukan',
      'memberikan bimbingan teknis pemanfaatan Data Kependudukan kepada petugas {A}',
      'melakukan pengawasan terhadap pemanfaatan Hak Akses oleh {A}',
      'menjamin ketersediaan layanan verifikasi data sesuai dengan kemampuan sistem',
    ],
    rightsA: [
      'mendapatkan Hak Akses verifikasi Data Kependudukan dari {B}',
      'mendapatkan bimbingan teknis pemanfaatan Data Kependudukan',
      'mendapatkan layanan web service verifikasi Data Kependudukan',
      'mengajukan penambahan Hak Akses sesuai kebutuhan',
    ],
    rightsB: [
      'menerima laporan pemanfaatan Data Kependudukan dari {A}',
      'menerima data balikan hasil pemanfaatan dari {A}',
      'menghentikan sementara Hak Akses apabila terjadi penyalahgunaan oleh {A}',
      'melakukan audit terhadap pemanfaatan Data Kependudukan',
    ],
    tags: ['POPULATION', 'DATA'],
    weight: 3,
  },
  {
    id: 'data-statistik',
    provider: 'bps',
    title: 'Penyediaan, Pemanfaatan, dan Pengembangan Data Statistik di {A_BODY}',
    mouTitle: 'Penyelenggaraan Statistik dan Satu Data Indonesia',
    need: 'untuk mendukung perencanaan dan evaluasi pembangunan, diperlukan data statistik yang akurat, mutakhir, terpadu, dan dapat dipertanggungjawabkan',
    providerDuty: 'melaksanakan tugas pemerintahan di bidang kegiatan statistik',
    definitions: [
      [
        'Statistik',
        'data yang diperoleh dengan cara pengumpulan, pengolahan, penyajian, dan analisis serta sebagai sistem yang mengatur keterkaitan antarunsur dalam kegiatan statistik',
      ],
      [
        'Statistik Sektoral',
        'statistik yang pemanfaatannya ditujukan untuk memenuhi kebutuhan instansi tertentu dalam rangka penyelenggaraan tugas-tugas pemerintahan dan pembangunan',
      ],
      [
        'Metadata',
        'informasi dalam bentuk struktur dan format yang baku untuk menggambarkan data, menjelaskan data, serta memudahkan pencarian, penggunaan, dan pengelolaan informasi data',
      ],
      [
        'Satu Data Indonesia',
        'kebijakan tata kelola data pemerintah untuk menghasilkan data yang akurat, mutakhir, terpadu, dan dapat dipertanggungjawabkan',
      ],
    ],
    scope: [
      'penyediaan data statistik dasar kepada {A}',
      'pembinaan penyelenggaraan Statistik Sektoral',
      'pertukaran data dan Metadata',
      'peningkatan kapasitas sumber daya manusia di bidang statistik',
    ],
    obligationsA: [
      'menyampaikan data Statistik Sektoral beserta Metadata kepada {B}',
      'menyampaikan rancangan kegiatan statistik sektoral kepada {B} untuk mendapatkan rekomendasi',
      'menugaskan personel untuk mengikuti pembinaan statistik',
      'menggunakan data statistik dasar dari {B} sesuai ketentuan peraturan perundang-undangan',
      'mencantumkan sumber data dalam setiap publikasi yang menggunakan data dari {B}',
      'menyediakan sarana dan prasarana dalam pelaksanaan kegiatan bersama',
    ],
    obligationsB: [
      'menyediakan data statistik dasar yang dibutuhkan oleh {A}',
      'memberikan rekomendasi kegiatan statistik sektoral',
      'melakukan pembinaan penyelenggaraan Statistik Sektoral di lingkungan {A}',
      'menyelenggarakan pelatihan statistik bagi personel {A}',
      'memberikan asistensi dalam penyusunan Metadata',
    ],
    rightsA: [
      'memperoleh data statistik dasar dari {B}',
      'memperoleh rekomendasi kegiatan statistik sektoral',
      'memperoleh pembinaan dan pelatihan statistik',
      'memperoleh asistensi penyusunan Metadata',
    ],
    rightsB: [
      'memperoleh data Statistik Sektoral beserta Metadata dari {A}',
      'memperoleh rancangan kegiatan statistik sektoral dari {A}',
      'memanfaatkan data Statistik Sektoral untuk kepentingan penyusunan statistik nasional',
    ],
    tags: ['STAT', 'DATA'],
    weight: 2,
  },
  {
    id: 'data-kepegawaian',
    provider: 'bkn',
    title: 'Integrasi dan Pemanfaatan Data Kepegawaian Aparatur Sipil Negara di Lingkungan {A_BODY}',
    mouTitle: 'Pengelolaan Manajemen Aparatur Sipil Negara',
    need: 'untuk mewujudkan manajemen Aparatur Sipil Negara berbasis sistem merit, diperlukan integrasi data kepegawaian yang akurat dan mutakhir',
    providerDuty: 'menyelenggarakan sistem informasi Aparatur Sipil Negara',
    definitions: [
      [
        'Aparatur Sipil Negara',
        'profesi bagi pegawai negeri sipil dan pegawai pemerintah dengan perjanjian kerja yang bekerja pada instansi pemerintah',
      ],
      [
        'Sistem Informasi Aparatur Sipil Negara',
        'rangkaian informasi dan data mengenai pegawai Aparatur Sipil Negara yang disusun secara sistematis, menyeluruh, dan terintegrasi dengan berbasis teknologi',
      ],
      [
        'Integrasi Data',
        'proses penggabungan data dari berbagai sumber yang berbeda ke dalam satu kesatuan yang konsisten',
      ],
    ],
    scope: [
      'integrasi data kepegawaian {A} dengan Sistem Informasi Aparatur Sipil Negara',
      'pemutakhiran data kepegawaian',
      'pemanfaatan layanan kepegawaian secara elektronik',
      'peningkatan kapasitas pengelola data kepegawaian',
    ],
    obligationsA: [
      'melakukan pemutakhiran data kepegawaian secara berkala',
      'menjamin keakuratan data kepegawaian yang disampaikan kepada {B}',
      'menyediakan infrastruktur pendukung integrasi data',
      'menjaga kerahasiaan data kepegawaian yang diperoleh dari {B}',
      'menunjuk pengelola data kepegawaian di lingkungan {A}',
      'menyampaikan laporan pelaksanaan integrasi data kepada {B}',
    ],
    obligationsB: [
      'menyediakan akses integrasi data melalui Sistem Informasi Aparatur Sipil Negara',
      'memberikan bimbingan teknis kepada pengelola data kepegawaian {A}',
      'memberikan dukungan teknis apabila terjadi permasalahan integrasi data',
      'melakukan verifikasi dan validasi data kepegawaian yang disampaikan oleh {A}',
    ],
    rightsA: [
      'mendapatkan akses integrasi data melalui Sistem Informasi Aparatur Sipil Negara',
      'mendapatkan bimbingan teknis dari {B}',
      'mendapatkan dukungan teknis integrasi data dari {B}',
      'memanfaatkan data kepegawaian untuk kepentingan manajemen Aparatur Sipil Negara di lingkungan {A}',
    ],
    rightsB: [
      'mendapatkan data kepegawaian yang mutakhir dari {A}',
      'menerima laporan pelaksanaan integrasi data dari {A}',
      'memanfaatkan data kepegawaian untuk kepentingan penyelenggaraan manajemen Aparatur Sipil Negara secara nasional',
    ],
    tags: ['HR', 'DATA'],
    weight: 2,
  },
  {
    id: 'pengadaan-elektronik',
    provider: 'lkpp',
    title: 'Pemanfaatan Sistem Pengadaan Secara Elektronik dan Katalog Elektronik di Lingkungan {A_BODY}',
    mouTitle: 'Pengembangan Pengadaan Barang/Jasa Pemerintah Secara Elektronik',
    need: 'untuk mewujudkan pengadaan barang/jasa pemerintah yang transparan, efektif, dan akuntabel, diperlukan pemanfaatan sistem pengadaan secara elektronik',
    providerDuty: 'mengembangkan dan membina sistem pengadaan barang/jasa pemerintah secara elektronik',
    definitions: [
      [
        'Sistem Pengadaan Secara Elektronik',
        'aplikasi pengadaan barang/jasa pemerintah berbasis elektronik yang dikembangkan dan dikelola oleh Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah',
      ],
      [
        'Katalog Elektronik',
        'sistem informasi elektronik yang memuat informasi berupa daftar, jenis, spesifikasi teknis, Tingkat Komponen Dalam Negeri, produk dalam negeri, produk SNI, produk industri hijau, negara asal, harga, penyedia, dan informasi lainnya terkait barang/jasa',
      ],
      [
        'Layanan Pengadaan Secara Elektronik',
        'layanan pengelolaan teknologi informasi untuk memfasilitasi pelaksanaan pengadaan barang/jasa secara elektronik',
      ],
    ],
    scope: [
      'pemanfaatan Sistem Pengadaan Secara Elektronik oleh {A}',
      'pengembangan Katalog Elektronik lokal',
      'pembinaan Layanan Pengadaan Secara Elektronik',
      'peningkatan kompetensi pengelola pengadaan barang/jasa',
    ],
    obligationsA: [
      'menyelenggarakan Layanan Pengadaan Secara Elektronik sesuai standar yang ditetapkan oleh {B}',
      'menyediakan infrastruktur dan sumber daya manusia pengelola Layanan Pengadaan Secara Elektronik',
      'menggunakan versi terbaru Sistem Pengadaan Secara Elektronik',
      'menjaga keamanan data dan informasi pengadaan',
      'menyampaikan data pengadaan barang/jasa kepada {B} secara berkala',
    ],
    obligationsB: [
      'menyediakan Sistem Pengadaan Secara Elektronik beserta pembaruannya',
      'memberikan pembinaan kepada pengelola Layanan Pengadaan Secara Elektronik {A}',
      'memberikan dukungan teknis atas permasalahan Sistem Pengadaan Secara Elektronik',
      'melakukan evaluasi penyelenggaraan Layanan Pengadaan Secara Elektronik',
    ],
    rightsA: [
      'menggunakan Sistem Pengadaan Secara Elektronik beserta pembaruannya',
      'mendapatkan pembinaan dan dukungan teknis dari {B}',
      'mendapatkan hasil evaluasi penyelenggaraan Layanan Pengadaan Secara Elektronik',
    ],
    rightsB: [
      'mendapatkan data pengadaan barang/jasa dari {A}',
      'melakukan evaluasi penyelenggaraan Layanan Pengadaan Secara Elektronik di lingkungan {A}',
      'mendapatkan dukungan dari {A} dalam pengembangan Katalog Elektronik',
    ],
    tags: ['PROCUREMENT'],
    weight: 1,
  },
];
