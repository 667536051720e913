/**
 * The world agreements are drawn from: the officials of every public body and who held
 * which office when. Offices change hands every two to five years; a person who leaves one
 * office often takes another in the same body (a Deputi becomes Sekretaris Utama), under a
 * new decree. So the same person signs many agreements, and some sign under two positions.
 */
import type { InstrumentKind } from '../domain/agreement.js';
import type { PublicBody, Unit } from './data/public-bodies.js';
import { PUBLIC_BODIES } from './data/public-bodies.js';
import type { NameTradition } from './data/people.js';
import {
  BACHELOR_DEGREES,
  DOCTORAL_SUFFIX,
  MASTER_DEGREES,
  MILITARY_RANKS,
  NAME_TRADITIONS,
  POLICE_RANKS,
  PREFIX_TITLES,
  TRADITION_WEIGHTS,
} from './data/people.js';
import { addDays } from './indonesian-words.js';
import type { Random } from './random.js';

export interface Person {
  readonly id: number;
  /** Name words as the person writes them ("Y.B.", "Susilo", "Wibowo"). */
  readonly words: readonly string[];
  /** Titles before the name, one honorific each ("Dr.", "Ir."). */
  readonly prefixes: readonly string[];
  /** Degrees after the name ("S.E.", "M.M."). */
  readonly degrees: readonly string[];
  /** "KOMJEN POL.", "MAYJEN TNI", or null. */
  readonly rank: string | null;
}

export type OfficeLevel = 'HEAD' | 'MADYA' | 'PRATAMA';

export interface Office {
  readonly body: PublicBody;
  /** The unit the office heads; null for the head of the body itself. */
  readonly unit: Unit | null;
  readonly level: OfficeLevel;
}

export interface Decree {
  readonly kind: InstrumentKind;
  /** How it is named before "Nomor": "Keputusan Presiden", "Keputusan Bupati Garut". */
  readonly printedAs: string;
  readonly number: string;
  readonly year: number;
  readonly date: string;
  readonly title: string | null;
}

export interface Tenure {
  readonly person: Person;
  readonly office: Office;
  readonly from: string;
  readonly until: string;
  readonly decree: Decree | null;
}

export interface World {
  readonly bodies: readonly PublicBody[];
  /** Tenures by body id, in date order. */
  readonly tenures: ReadonlyMap<string, readonly Tenure[]>;
}

const WORLD_START = '2017-01-01';
const WORLD_END = '2027-06-30';

function officesOf(body: PublicBody): Office[] {
  const national = body.kind === 'MINISTRY' || body.kind === 'AGENCY';
  const offices: Office[] = [{ body, unit: null, level: 'HEAD' }];
  for (const unit of body.units) {
    const madya =
      national &&
      (unit.role === 'SECRETARIAT' || /^(?:Deputi|Direktur Jenderal|Jaksa Agung Muda)/.test(unit.head));
    offices.push({ body, unit, level: madya ? 'MADYA' : 'PRATAMA' });
  }
  return offices;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function makePerson(
  random: Random,
  id: number,
  ranks: PublicBody['ranks'],
  level: OfficeLevel,
): Person {
  const tradition: NameTradition = random.weighted(TRADITION_WEIGHTS);
  const t = NAME_TRADITIONS[tradition];
  const female = random.chance(0.28);
  const given = female ? t.female : t.male;
  const words: string[] = [];
  const prefixPool = female ? t.prefixFemale : t.prefixMale;
  if (prefixPool && random.chance(tradition === 'BALINESE' ? 0.9 : 0.4)) words.push(random.pick(prefixPool));
  const shape = random.weighted([
    ['one', 12],
    ['two', 45],
    ['three', 30],
    ['initials', 8],
    ['given-given', 5],
  ] as const);
  if (shape === 'initials') {
    // Never H. or R. first: a reader cannot tell them from the titles Haji and Raden.
    const a = random.pick(given.filter((g) => !/^[HR]/.test(g))).charAt(0);
    const b = random.pick(given).charAt(0);
    words.push(random.chance(0.6) ? `${a}.${b}.` : `${a}.`);
    words.push(random.pick(given), random.pick(t.family));
  } else if (shape === 'one') {
    words.push(random.chance(0.5) ? random.pick(t.family) : random.pick(given));
  } else if (shape === 'two') {
    words.push(random.pick(given), random.pick(t.family));
  } else if (shape === 'three') {
    const first = random.pick(given);
    let second = random.pick(given);
    if (second === first) second = random.pick(t.family);
    words.push(first, second, random.pick(t.family));
  } else {
    words.push(random.pick(given), random.pick(given));
  }
  const cleaned = words.filter((w, i) => i === 0 || w !== words[i - 1]).map(titleCase);
  const prefixes: string[] = [];
  if (random.chance(level === 'PRATAMA' ? 0.25 : 0.4)) {
    for (const p of random.weighted(PREFIX_TITLES).split(' ')) prefixes.push(p);
  }
  const degrees: string[] = [];
  let rank: string | null = null;
  if (ranks === 'POLRI' && random.chance(0.8)) {
    rank = random.pick(POLICE_RANKS);
    degrees.push('S.I.K.');
  } else if (ranks === 'TNI' && random.chance(0.7)) {
    rank = random.pick(MILITARY_RANKS);
  } else if (level !== 'PRATAMA' && random.chance(0.06)) {
    rank = random.pick([...POLICE_RANKS.slice(0, 2), ...MILITARY_RANKS.slice(0, 2)]);
  }
  if (random.chance(0.85)) {
    degrees.push(random.pick(BACHELOR_DEGREES));
    if (random.chance(0.75)) degrees.push(random.pick(MASTER_DEGREES));
    if (random.chance(0.05)) degrees.push(random.pick(DOCTORAL_SUFFIX));
  }
  return { id, words: cleaned, prefixes, degrees, rank };
}

function decreeFor(random: Random, office: Office, from: string): Decree | null {
  const { body, unit, level } = office;
  const date = addDays(from, -random.int(3, 25));
  const decreeYear = Number(date.slice(0, 4));
  if (body.id === 'polri' || body.id === 'kejagung') return null;
  if (level === 'HEAD') {
    if (body.kind === 'MINISTRY' || body.kind === 'AGENCY') {
      return {
        kind: 'KEPUTUSAN_PRESIDEN',
        printedAs: 'Keputusan Presiden',
        number: `${random.int(20, 190)}/P`,
        year: decreeYear,
        date,
        title: body.kind === 'AGENCY' ? `Pengangkatan ${body.head}` : null,
      };
    }
    return {
      kind: 'KEPUTUSAN_MENTERI',
      printedAs: 'Keputusan Menteri Dalam Negeri',
      number: `${body.kind === 'PROVINCE' ? '121' : '131'}.${random.int(11, 94)}-${random.int(100, 4999)}`,
      year: decreeYear,
      date,
      title: null,
    };
  }
  if (level === 'MADYA' || (body.kind === 'PROVINCE' && unit?.role === 'SECRETARIAT')) {
    return {
      kind: 'KEPUTUSAN_PRESIDEN',
      printedAs: 'Keputusan Presiden',
      number: `${random.int(1, 220)}/TPA`,
      year: decreeYear,
      date,
      title: `Pengangkatan dalam Jabatan Pimpinan Tinggi Madya di Lingkungan ${body.name}`,
    };
  }
  if (body.kind === 'MINISTRY') {
    return {
      kind: 'KEPUTUSAN_MENTERI',
      printedAs: `Keputusan ${body.head}`,
      number: random.chance(0.5) ? String(random.int(100, 1999)) : `KP.${random.int(10, 999)}`,
      year: decreeYear,
      date,
      title: null,
    };
  }
  if (body.kind === 'AGENCY') {
    return {
      kind: 'KEPUTUSAN_BADAN',
      printedAs: `Keputusan ${body.head}`,
      number: String(random.int(100, 1999)),
      year: decreeYear,
      date,
      title: random.chance(0.5)
        ? `Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama di Lingkungan ${body.name}`
        : null,
    };
  }
  return {
    kind: 'KEPUTUSAN_KEPALA_DAERAH',
    printedAs: `Keputusan ${body.head}`,
    number: `821.2/Kep.${random.int(10, 999)}-${random.pick(['BKD', 'BKPSDM', 'BKPP'])}`,
    year: decreeYear,
    date,
    title: null,
  };
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Builds every body's officials and tenures. Deterministic for a given random stream. */
export function buildWorld(random: Random): World {
  let nextPerson = 1;
  const tenures = new Map<string, Tenure[]>();
  for (const body of PUBLIC_BODIES) {
    const r = random.fork(body.id);
    // Slots per office: consecutive terms from before the corpus window to after it.
    const slots: { office: Office; from: string; until: string }[] = [];
    for (const office of officesOf(body)) {
      let from = addDays(WORLD_START, -r.int(0, 900));
      while (from < WORLD_END) {
        const length = office.level === 'HEAD' ? r.int(900, 1826) : r.int(540, 1700);
        const until = addDays(from, length);
        slots.push({ office, from, until });
        from = addDays(until, 1);
      }
    }
    slots.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const held: Tenure[] = [];
    for (const slot of slots) {
      // A recent holder of another office in the same body, now free, often takes the post.
      const candidates = held.filter(
        (t) =>
          t.office !== slot.office &&
          t.until < slot.from &&
          daysBetween(t.until, slot.from) < 400 &&
          !held.some((u) => u.person === t.person && u.until >= slot.from),
      );
      const movable = slot.office.level !== 'HEAD' || body.kind === 'MINISTRY' || body.kind === 'AGENCY';
      const person =
        movable && candidates.length > 0 && r.chance(0.45)
          ? r.pick(candidates).person
          : makePerson(r, nextPerson++, body.ranks, slot.office.level);
      held.push({
        person,
        office: slot.office,
        from: slot.from,
        until: slot.until,
        decree: decreeFor(r, slot.office, slot.from),
      });
    }
    tenures.set(body.id, held);
  }
  return { bodies: PUBLIC_BODIES, tenures };
}

/** Who held the office on the date. */
export function holderOn(world: World, office: Pick<Office, 'body' | 'unit'>, isoDate: string): Tenure {
  const list = world.tenures.get(office.body.id) ?? [];
  const found = list.find(
    (t) => t.office.unit?.name === office.unit?.name && t.from <= isoDate && isoDate <= t.until,
  );
  if (!found)
    throw new Error(`build-world: no holder of ${office.unit?.head ?? office.body.head} on ${isoDate}`);
  return found;
}
