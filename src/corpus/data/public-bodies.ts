/**
 * The public bodies agreements are drawn from: ministries and national agencies
 * (national-bodies.ts), the 38 provinces and their regencies and cities
 * (regional-bodies.ts), each with its units, address, e-mail domain and telephone area
 * code. Pure data assembled once at module load; no randomness, so the same body always
 * has the same address.
 */
import { NATIONAL_BODIES } from './national-bodies.js';
import { PROVINCES } from './regional-bodies.js';

export type BodyKind = 'MINISTRY' | 'AGENCY' | 'PROVINCE' | 'REGENCY' | 'CITY';

export type UnitRole = 'SECRETARIAT' | 'IT' | 'BALAI' | 'OFFICE';

export interface Unit {
  readonly name: string;
  /** Title of its head, complete ("Kepala Dinas Komunikasi dan Informatika Kabupaten Garut"). */
  readonly head: string;
  readonly role: UnitRole;
}

export interface PublicBody {
  readonly id: string;
  readonly kind: BodyKind;
  /** Canonical name: "Kementerian Perdagangan", "Pemerintah Kabupaten Aceh Besar". */
  readonly name: string;
  readonly acronym: string | null;
  readonly address: string;
  readonly city: string;
  readonly domain: string;
  /** "Menteri Perdagangan", "Gubernur Jawa Barat", "Bupati Garut". */
  readonly head: string;
  readonly phoneArea: string;
  readonly units: readonly Unit[];
  readonly ranks?: 'POLRI' | 'TNI';
  readonly from?: string;
  readonly until?: string;
  /** "Kabupaten Garut", "Provinsi Jawa Barat", for regional bodies. */
  readonly region?: string;
}

const AREA_CODES: Readonly<Record<string, string>> = {
  Aceh: '0651',
  'Sumatera Utara': '061',
  'Sumatera Barat': '0751',
  Riau: '0761',
  Jambi: '0741',
  'Sumatera Selatan': '0711',
  Bengkulu: '0736',
  Lampung: '0721',
  'Kepulauan Bangka Belitung': '0717',
  'Kepulauan Riau': '0771',
  'Daerah Khusus Ibukota Jakarta': '021',
  'Jawa Barat': '022',
  'Jawa Tengah': '024',
  'Daerah Istimewa Yogyakarta': '0274',
  'Jawa Timur': '031',
  Banten: '0254',
  Bali: '0361',
  'Nusa Tenggara Barat': '0370',
  'Nusa Tenggara Timur': '0380',
  'Kalimantan Barat': '0561',
  'Kalimantan Tengah': '0536',
  'Kalimantan Selatan': '0511',
  'Kalimantan Timur': '0541',
  'Kalimantan Utara': '0552',
  'Sulawesi Utara': '0431',
  'Sulawesi Tengah': '0451',
  'Sulawesi Selatan': '0411',
  'Sulawesi Tenggara': '0401',
  Gorontalo: '0435',
  'Sulawesi Barat': '0426',
  Maluku: '0911',
  'Maluku Utara': '0921',
  Papua: '0967',
  'Papua Barat': '0986',
  'Papua Selatan': '0971',
  'Papua Tengah': '0984',
  'Papua Pegunungan': '0969',
  'Papua Barat Daya': '0951',
};

const STREETS = [
  'Jalan Jenderal Sudirman',
  'Jalan Ahmad Yani',
  'Jalan Diponegoro',
  'Jalan Pahlawan',
  'Jalan Merdeka',
  'Jalan Veteran',
  'Jalan Pemuda',
  'Jalan Gajah Mada',
  'Jalan Soekarno-Hatta',
  'Jalan Pattimura',
  'Jalan Imam Bonjol',
  'Jalan R.A. Kartini',
  'Jalan Letjen S. Parman',
  'Jalan Basuki Rahmat',
  'Jalan Sisingamangaraja',
  'Jalan Teuku Umar',
  'Jalan Slamet Riyadi',
  'Jalan Kompleks Perkantoran Bupati',
];

const KOMINFO_NAMES = [
  'Dinas Komunikasi dan Informatika',
  'Dinas Komunikasi dan Informatika',
  'Dinas Komunikasi, Informatika dan Statistik',
  'Dinas Komunikasi, Informatika, Statistik dan Persandian',
];

/** A stable small hash of a name, so derived data (street, number) never depends on the seed. */
function stableHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

function regionalUnits(region: string, hash: number, province: boolean): Unit[] {
  const kominfo = KOMINFO_NAMES[hash % KOMINFO_NAMES.length] ?? KOMINFO_NAMES[0]!;
  const bkd = province
    ? 'Badan Kepegawaian Daerah'
    : 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia';
  return [
    { name: `Sekretariat Daerah ${region}`, head: `Sekretaris Daerah ${region}`, role: 'SECRETARIAT' },
    { name: `${kominfo} ${region}`, head: `Kepala ${kominfo} ${region}`, role: 'IT' },
    {
      name: `Dinas Kependudukan dan Pencatatan Sipil ${region}`,
      head: `Kepala Dinas Kependudukan dan Pencatatan Sipil ${region}`,
      role: 'OFFICE',
    },
    { name: `${bkd} ${region}`, head: `Kepala ${bkd} ${region}`, role: 'OFFICE' },
  ];
}

function buildBodies(): PublicBody[] {
  const out: PublicBody[] = [];
  for (const n of NATIONAL_BODIES) {
    const units: Unit[] = [
      { name: n.secretariat[0], head: n.secretariat[1], role: 'SECRETARIAT' },
      { name: `${n.dataUnit}`, head: `Kepala ${n.dataUnit}`, role: n.id === 'bssn' ? 'BALAI' : 'IT' },
      ...(n.units ?? []).map(([name, head]): Unit => ({ name, head, role: 'OFFICE' })),
    ];
    out.push({
      id: n.id,
      kind: n.kind,
      name: n.name,
      acronym: n.acronym,
      address: n.address,
      city: n.city,
      domain: n.domain,
      head: n.head,
      phoneArea: '021',
      units,
      ...(n.ranks ? { ranks: n.ranks } : {}),
      ...(n.from ? { from: n.from } : {}),
      ...(n.until ? { until: n.until } : {}),
    });
  }
  for (const p of PROVINCES) {
    const area = AREA_CODES[p.name] ?? '021';
    const region = `Provinsi ${p.name}`;
    const ph = stableHash(p.name);
    const governor =
      p.name === 'Daerah Khusus Ibukota Jakarta'
        ? 'Gubernur Daerah Khusus Ibukota Jakarta'
        : `Gubernur ${p.name}`;
    out.push({
      id: `prov-${slug(p.name)}`,
      kind: 'PROVINCE',
      name: `Pemerintah Provinsi ${p.name}`,
      acronym: null,
      address: p.address,
      city: p.capital,
      domain: p.domain,
      head: governor,
      phoneArea: area,
      units: regionalUnits(region, ph, true),
      region,
      ...(p.from ? { from: p.from } : {}),
    });
    for (const entry of p.regions) {
      const [regionName, seatRaw] = entry.split('|') as [string, string | undefined];
      const isCity = regionName.startsWith('Kota ');
      const bare = regionName.replace(/^(?:Kabupaten Administrasi|Kabupaten|Kota) /, '');
      const seat = seatRaw ?? bare;
      const h = stableHash(regionName);
      const street = STREETS[h % STREETS.length] ?? STREETS[0]!;
      const number = ((h >>> 8) % 120) + 1;
      out.push({
        id: `${isCity ? 'kota' : 'kab'}-${slug(bare)}`,
        kind: isCity ? 'CITY' : 'REGENCY',
        name: `Pemerintah ${regionName}`,
        acronym: null,
        address: `${street} Nomor ${number}, ${seat}`,
        city: seat,
        domain: `${slug(bare)}${isCity ? 'kota' : 'kab'}.go.id`,
        head: isCity ? `Wali Kota ${bare}` : `Bupati ${bare}`,
        phoneArea: area,
        units: regionalUnits(regionName, h, false),
        region: regionName,
      });
    }
  }
  return out;
}

export const PUBLIC_BODIES: readonly PublicBody[] = buildBodies();

const BY_ID = new Map(PUBLIC_BODIES.map((b) => [b.id, b]));

export function bodyById(id: string): PublicBody {
  const b = BY_ID.get(id);
  if (!b) throw new Error(`public-bodies: no body with id "${id}"`);
  return b;
}

/** Whether the body existed under this name on the date (YYYY-MM-DD). */
export function bodyExistsOn(b: PublicBody, isoDate: string): boolean {
  return (!b.from || isoDate >= b.from) && (!b.until || isoDate <= b.until);
}
