/**
 * Who signs for each side, and how the party paragraph says it: the printed name (case,
 * ranks, degrees), the position, the appointing decree or power of attorney, the body the
 * signatory acts for, its address and the label the text then uses.
 */
import { institutionKey, officialKey } from '../parsing/index.js';
import type { Office, Person, Tenure, World } from './build-world.js';
import { holderOn } from './build-world.js';
import type { PublicBody, Unit } from './data/public-bodies.js';
import type { ExpectedAppointment, ExpectedParty, ExpectedPerson, ExpectedRef } from './document-model.js';
import { dateLong } from './indonesian-words.js';
import type { Random } from './random.js';

export interface PrintedName {
  readonly printed: string;
  readonly person: ExpectedPerson;
}

/** Prints a person's name the way one document does: capitals or title case, degrees kept or dropped. */
export function printName(random: Random, person: Person): PrintedName {
  const upper = random.chance(0.5);
  const withDegrees = random.chance(0.65);
  const withPrefixes = withDegrees || random.chance(0.5);
  const withRank = person.rank !== null && random.chance(0.9);
  const words = person.words.map((w) => (upper ? w.toUpperCase() : w));
  const before = [
    ...(withRank && person.rank ? [person.rank] : []),
    ...(withPrefixes ? person.prefixes : []),
  ];
  const after = withDegrees ? person.degrees : [];
  const name = words.join(' ');
  const printed = [...before, name].join(' ') + (after.length > 0 ? `, ${after.join(', ')}` : '');
  return { printed, person: { name, honorifics: [...before, ...after], key: officialKey(name) } };
}

/** The BSSN certification unit was renamed in 2024; texts kept the old name for a while. */
export function unitNameOn(random: Random, unit: Unit, isoDate: string): string {
  if (unit.name === 'Balai Sertifikasi Elektronik' && isoDate >= '2024-06-01' && random.chance(0.8)) {
    return 'Balai Besar Sertifikasi Elektronik';
  }
  return unit.name;
}

function withBody(text: string, body: PublicBody): string {
  const short = body.name.replace(/^Pemerintah /, '');
  return text.includes(short) ? text : `${text} ${body.name}`;
}

export type AppointmentMode = 'decree' | 'kuasa' | 'jabatannya' | 'none';

export interface SideChoice {
  readonly body: PublicBody;
  readonly office: Office;
}

export interface PartyDraft {
  /** The seeds' family always prints every value: none of them is null here. */
  readonly expected: Omit<
    ExpectedParty,
    | 'contact'
    | 'obligationsCount'
    | 'rightsCount'
    | 'label'
    | 'institution'
    | 'agency'
    | 'signatory'
    | 'position'
  > & {
    readonly label: string;
    readonly institution: ExpectedRef;
    readonly agency: ExpectedRef;
    readonly signatory: ExpectedPerson;
    readonly position: string;
  };
  readonly printedName: string;
  /** The paragraph after the name, with the label placeholder {LABEL}. */
  readonly body: string;
  readonly tenure: Tenure;
  /** The unit whose contact the correspondence article gives. */
  readonly contactUnit: string;
}

/** Picks the office that signs for a body on this kind of document. */
export function chooseOffice(random: Random, body: PublicBody, head: boolean): Office {
  if (head) return { body, unit: null, level: 'HEAD' };
  const weights: [Unit, number][] = body.units.map((u) => {
    if (body.id === 'bssn') return [u, u.role === 'BALAI' ? 35 : u.role === 'SECRETARIAT' ? 45 : 7];
    if (u.role === 'SECRETARIAT') return [u, 45];
    if (u.role === 'IT') return [u, body.kind === 'MINISTRY' || body.kind === 'AGENCY' ? 15 : 40];
    return [u, 8];
  });
  const unit = random.weighted(weights);
  const national = body.kind === 'MINISTRY' || body.kind === 'AGENCY';
  const madya =
    national &&
    (unit.role === 'SECRETARIAT' || /^(?:Deputi|Direktur Jenderal|Jaksa Agung Muda)/.test(unit.head));
  return { body, unit, level: madya ? 'MADYA' : 'PRATAMA' };
}

/**
 * Drafts one party paragraph and its ground truth. `ordinal` and `label` are fixed by the
 * caller; the paragraph's order of clauses follows one of the seeds' patterns.
 */
export function draftParty(
  random: Random,
  world: World,
  side: SideChoice,
  isoDate: string,
  ordinal: number,
  label: string,
): PartyDraft {
  const { body, office } = side;
  const tenure = holderOn(world, office, isoDate);
  const name = printName(random, tenure.person);
  const republik = body.kind === 'MINISTRY' && random.chance(0.3) ? ' Republik Indonesia' : '';
  const unitName = office.unit ? unitNameOn(random, office.unit, isoDate) : null;
  const headTitle = office.unit
    ? office.unit.head.replace(office.unit.name, unitName ?? office.unit.name)
    : body.head;
  const position = (office.unit ? withBody(headTitle, body) : headTitle) + republik;

  // The body acted for: the agency itself, or the signatory's unit.
  const actsForUnit = office.unit !== null && office.unit.role !== 'OFFICE' && random.chance(0.35);
  let institution = actsForUnit && unitName ? withBody(unitName, body) + republik : body.name + republik;

  const canJabatannya = office.unit !== null && headTitle.startsWith(`Kepala ${unitName}`);
  let mode: AppointmentMode = random.weighted([
    ['decree', tenure.decree ? 45 : 0],
    ['kuasa', office.level === 'HEAD' ? 0 : 8],
    ['jabatannya', canJabatannya ? 12 : 0],
    ['none', 35],
  ] as const);
  if (mode === 'decree' && !tenure.decree) mode = 'none';

  const { appointment, appointmentText } = appointmentOf(random, side, tenure, mode, isoDate);

  const address =
    office.unit?.role === 'BALAI'
      ? 'Jalan Harsono RM Nomor 70, Ragunan, Pasar Minggu, Jakarta Selatan 12550'
      : body.address;
  const addressText = `${random.pick(['berkedudukan di', 'berkedudukan di', 'berkedudukan dan beralamat di', 'beralamat di'])} ${address}`;
  const labelText = random.pick([
    'selanjutnya disebut {LABEL}',
    'selanjutnya disebut {LABEL}',
    'untuk selanjutnya disebut sebagai {LABEL}',
    'yang selanjutnya disebut {LABEL}',
  ]);
  const selaku = random.chance(0.2) ? 'selaku ' : '';

  const wording = { selaku, position, addressText, labelText, appointmentText };
  // "Kepala Balai …, bertindak dalam jabatannya": the body is the unit the position names.
  if (mode === 'jabatannya') institution = position.slice('Kepala '.length);
  const body_ = partyParagraph(random, mode, institution, wording);

  const agencyName = body.name;
  const contactUnit =
    office.unit?.role === 'BALAI' ? unitName! : (body.units.find((u) => u.role === 'IT')?.name ?? body.name);
  return {
    expected: {
      ordinal,
      label,
      institution: { name: institution, key: institutionKey(institution) },
      agency: { name: agencyName, key: institutionKey(agencyName) },
      signatory: name.person,
      position,
      actsFor: null,
      appointment,
    },
    printedName: name.printed,
    body: body_,
    tenure,
    contactUnit,
  };
}

/**
 * The appointment the paragraph cites: the decree that appointed the signatory, or a power of
 * attorney (Surat Kuasa) from the head of the body; none for the other modes.
 */
function appointmentOf(
  random: Random,
  side: SideChoice,
  tenure: Tenure,
  mode: AppointmentMode,
  isoDate: string,
): { appointment: ExpectedAppointment | null; appointmentText: string } {
  const { body } = side;
  let appointment: ExpectedAppointment | null = null;
  let appointmentText = '';
  if (mode === 'decree' && tenure.decree) {
    const d = tenure.decree;
    const rep = d.kind === 'KEPUTUSAN_PRESIDEN' && random.chance(0.5) ? ' Republik Indonesia' : '';
    const withDate = random.chance(0.6);
    const withTitle = d.title !== null && random.chance(0.5);
    appointmentText =
      `berdasarkan ${d.printedAs}${rep} Nomor ${d.number} Tahun ${d.year}` +
      (withDate ? `${random.chance(0.3) ? ',' : ''} tanggal ${dateLong(d.date)}` : '') +
      (withTitle ? ` tentang ${d.title}` : '');
    appointment = { kind: d.kind, number: d.number, year: d.year, date: withDate ? d.date : null };
  } else if (mode === 'kuasa') {
    const date = isoDateMinus(isoDate, random.int(1, 20));
    const year = Number(date.slice(0, 4));
    const number =
      body.kind === 'MINISTRY' || body.kind === 'AGENCY'
        ? `${random.int(1, 400)}/SK/${(body.acronym ?? 'HK').toUpperCase().replace(/\s+/g, '')}/${date.slice(5, 7)}/${year}`
        : `180/${random.int(100, 2999)}/Hukum`;
    appointmentText = `berdasarkan Surat Kuasa ${body.head} Nomor ${number} tanggal ${dateLong(date)}`;
    appointment = { kind: 'SURAT_KUASA', number, year, date };
  }

  return { appointment, appointmentText };
}

/** The paragraph after the name, in one of the seeds' orders of position, appointment, acting for, address, label. */
function partyParagraph(
  random: Random,
  mode: AppointmentMode,
  institution: string,
  w: {
    readonly selaku: string;
    readonly position: string;
    readonly addressText: string;
    readonly labelText: string;
    readonly appointmentText: string;
  },
): string {
  const { selaku, position, addressText, labelText, appointmentText } = w;
  if (mode === 'jabatannya')
    return `${selaku}${position}, bertindak dalam jabatannya, ${addressText}, ${labelText}.`;
  const actFor = `dalam hal ini bertindak untuk dan atas nama ${institution}`;
  const pattern = random.int(0, 2);
  if (pattern === 0 || !appointmentText)
    return `${selaku}${position}${appointmentText ? `, ${random.chance(0.3) ? 'diangkat ' : ''}${appointmentText}` : ''}, ${actFor}, ${addressText}, ${labelText}.`;
  if (pattern === 1)
    return `${selaku}${position}, ${addressText}, ${actFor} yang diangkat ${appointmentText}, ${labelText}.`;
  return `${selaku}${position}, ${appointmentText}, ${actFor}, ${addressText}, ${labelText}.`;
}

function isoDateMinus(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
