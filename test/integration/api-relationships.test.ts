/**
 * The relationship queries over real HTTP, on the five seed agreements. Every expected value is
 * read from the texts (seed/*.txt); agreements are told apart by their signing date:
 *
 *   000 BKN (Imas Sukmariah)                 / BSSN (Dono Indarto)             signed 2022-10-03
 *   001 BPIP (Tonny Agung Arifianto)         / BSSN (Y.B. Susilo Wibowo)       signed 2025-09-10
 *   002 Setjen Kementerian Perdagangan (Suhanto) / BSSN (Y.B. Susilo Wibowo)   signed 2023-05-15
 *   003 Kementerian Hukum (Nico Afinta)      / BSSN (Y.B. Susilo Wibowo)       signed 2025-01-24
 *   004 Pemkab Aceh Besar (Abubakar)         / Balai Sertifikasi Elektronik BSSN (Jonathan Gerhard Tarigan)
 *                                                                              signed 2022-08-24
 *
 * Each term article (Pasal 7; Pasal 6 in 002) runs 4 (empat) tahun and waives Pasal 1266 of the
 * Kitab Undang-Undang Hukum Perdata; notice is 30 (tiga puluh) hari in 000, 002, 004 and
 * 60 (enam puluh) hari in 001, 003. 002's term counts from 26 Oktober 2022 (its Pasal 6 (1)).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeReads, type GraphDatabase } from '../../src/graph/driver.js';
import { startSeededApi, type GraphQLResponse, type TestApi } from '../helpers/api-server.js';
import { connectTestDatabase } from '../helpers/graph-database.js';

const BSSN = 'institution:badan-siber-dan-sandi-negara';
const BKN = 'institution:badan-kepegawaian-negara';
const BPIP = 'institution:badan-pembinaan-ideologi-pancasila';
const KEMENDAG = 'institution:kementerian-perdagangan';
const KEMENKUM = 'institution:kementerian-hukum';
const ACEH_BESAR = 'institution:pemerintah-kabupaten-aceh-besar';

/** Signing dates, from each opening ("Pada hari ini … (24-08-2022)"). */
const SIGNED = {
  s000: '2022-10-03',
  s001: '2025-09-10',
  s002: '2023-05-15',
  s003: '2025-01-24',
  s004: '2022-08-24',
} as const;

let db: GraphDatabase;
let api: TestApi;
/** The Cypher of every read the API runs, in order (see observeReads). */
const reads: string[] = [];

beforeAll(async () => {
  db = observeReads(await connectTestDatabase(), (cypher) => reads.push(cypher));
  api = await startSeededApi({ db });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** The data of a response that must have no errors. */
async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.gql<T>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as T;
}

function errorCodes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}

interface Named {
  id: string;
  name: string;
}

describe('sharedSignatories', () => {
  const QUERY = `query ($min: Int) {
    sharedSignatories(minAgreements: $min) {
      official { name }
      signedFor { id name }
      counterparts { id }
      agreementCount
      agreements { signedOn }
    }
  }`;
  type Result = {
    sharedSignatories: {
      official: { name: string };
      signedFor: Named[];
      counterparts: { id: string }[];
      agreementCount: number;
      agreements: { signedOn: string }[];
    }[];
  };

  it('finds Y.B. Susilo Wibowo, who signed for BSSN in 001, 002 and 003, with their three counterparts', async () => {
    const { sharedSignatories } = await data<Result>(QUERY);
    // Every other official signs one agreement only (000: Imas Sukmariah, Dono Indarto; 001: Tonny
    // Agung Arifianto; 002: Suhanto; 003: Nico Afinta; 004: Abubakar, Jonathan Gerhard Tarigan).
    expect(sharedSignatories).toHaveLength(1);
    const [susilo] = sharedSignatories;
    expect(susilo!.official.name).toBe('Y.B. SUSILO WIBOWO');
    expect(susilo!.agreementCount).toBe(3);
    // "bertindak untuk dan atas nama Badan Siber dan Sandi Negara" in all three.
    expect(susilo!.signedFor.map((i) => i.id)).toEqual([BSSN]);
    // The other sides: BPIP (001), Setjen Kementerian Perdagangan rolled up to the ministry (002),
    // Kementerian Hukum (003); ordered by name.
    expect(susilo!.counterparts.map((i) => i.id)).toEqual([BPIP, KEMENKUM, KEMENDAG]);
    expect(susilo!.agreements.map((a) => a.signedOn)).toEqual([SIGNED.s002, SIGNED.s003, SIGNED.s001]);
  });

  it('with minAgreements 1 lists all eight signatories, the one with most agreements first', async () => {
    const { sharedSignatories } = await data<Result>(QUERY, { min: 1 });
    // Ten signatures, Susilo Wibowo three times: 8 people.
    expect(sharedSignatories).toHaveLength(8);
    expect(sharedSignatories[0]!.official.name).toBe('Y.B. SUSILO WIBOWO');
    expect(sharedSignatories.slice(1).every((s) => s.agreementCount === 1)).toBe(true);
  });

  it('with minAgreements above anyone’s count is empty', async () => {
    expect((await data<Result>(QUERY, { min: 4 })).sharedSignatories).toEqual([]);
  });
});

describe('sharedLegalBases', () => {
  const QUERY = `query ($scope: LegalBasisScope, $min: Int) {
    sharedLegalBases(scope: $scope, minAgreements: $min) {
      decree { kind text }
      agencies { id }
      agreements { signedOn }
      agreementCount
    }
  }`;
  type Result = {
    sharedLegalBases: {
      decree: { kind: string; text: string };
      agencies: { id: string }[];
      agreements: { signedOn: string }[];
      agreementCount: number;
    }[];
  };

  it.each(['CITATION', 'ANY'])(
    'in scope %s finds the Kitab Undang-Undang Hukum Perdata, cited by all five',
    async (scope) => {
      const { sharedLegalBases } = await data<Result>(QUERY, { scope });
      // Every term article waives "Pasal 1266 Kitab Undang-undang Hukum Perdata"; no other
      // instrument is mentioned by two agreements (only 003 lists legal bases).
      expect(sharedLegalBases).toHaveLength(1);
      const [kuh] = sharedLegalBases;
      expect(kuh!.decree.kind).toBe('KITAB');
      expect(kuh!.decree.text).toMatch(/^Kitab Undang-undang Hukum Perdata$/i);
      expect(kuh!.agreementCount).toBe(5);
      expect(kuh!.agreements.map((a) => a.signedOn)).toEqual([
        SIGNED.s004,
        SIGNED.s000,
        SIGNED.s002,
        SIGNED.s003,
        SIGNED.s001,
      ]);
      // All six agencies are party to one of the five (by name: BKN, BPIP, BSSN, Kemenkum, Kemendag, Aceh Besar).
      expect(kuh!.agencies.map((a) => a.id)).toEqual([BKN, BPIP, BSSN, KEMENKUM, KEMENDAG, ACEH_BESAR]);
    },
  );

  it('in scope BASIS finds nothing shared: only 003 lists legal bases, and KUHPerdata is only cited', async () => {
    expect((await data<Result>(QUERY, { scope: 'BASIS' })).sharedLegalBases).toEqual([]);
  });

  it('in scope BASIS with minAgreements 1 finds the 13 instruments of 003 and not KUHPerdata', async () => {
    // 003's "Dengan memperhatikan" lists 13 instruments (UU 39/2008 … Permenkum 1/2024).
    const { sharedLegalBases } = await data<Result>(QUERY, { scope: 'BASIS', min: 1 });
    expect(sharedLegalBases).toHaveLength(13);
    expect(sharedLegalBases.every((b) => b.agreementCount === 1 && b.decree.kind !== 'KITAB')).toBe(true);
    expect(sharedLegalBases.every((b) => b.agreements[0]!.signedOn === SIGNED.s003)).toBe(true);
    expect(sharedLegalBases.map((b) => b.decree.text)).toContainEqual(
      expect.stringMatching(/^Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi/i),
    );
  });
});

describe('agreementsBetween', () => {
  const QUERY = `query ($a: ID!, $b: ID!) { agreementsBetween(agencyA: $a, agencyB: $b) { title numbers signedOn } }`;
  type Result = { agreementsBetween: { title: string; numbers: string[]; signedOn: string }[] };

  it('finds 002 between BSSN and Kementerian Perdagangan, whose party is its Sekretariat Jenderal', async () => {
    const { agreementsBetween } = await data<Result>(QUERY, { a: BSSN, b: KEMENDAG });
    // 002: "Nomor : 70/SJ-DAG/MoU/05/2023" and "Nomor : PERJ.206/BSSN/SU/HK.07.02/05/2023".
    expect(agreementsBetween).toEqual([
      {
        title: expect.stringMatching(/KEMENTERIAN PERDAGANGAN/),
        numbers: ['70/SJ-DAG/MoU/05/2023', 'PERJ.206/BSSN/SU/HK.07.02/05/2023'],
        signedOn: SIGNED.s002,
      },
    ]);
    // The order of the two agencies does not matter.
    expect((await data<Result>(QUERY, { a: KEMENDAG, b: BSSN })).agreementsBetween).toEqual(
      agreementsBetween,
    );
  });

  it('finds 004 for the Balai Sertifikasi Elektronik rolled up to BSSN', async () => {
    const { agreementsBetween } = await data<Result>(QUERY, { a: ACEH_BESAR, b: BSSN });
    // 004: "Nomor : 046/218/PKS/2022" and "Nomor : PERJ.609/BSSN/BS/HK.07.02/08/2022".
    expect(agreementsBetween.map((a) => a.numbers)).toEqual([
      ['046/218/PKS/2022', 'PERJ.609/BSSN/BS/HK.07.02/08/2022'],
    ]);
  });

  it('is empty for two agencies with no agreement together, and for an unknown id', async () => {
    expect((await data<Result>(QUERY, { a: BKN, b: BPIP })).agreementsBetween).toEqual([]);
    expect((await data<Result>(QUERY, { a: 'institution:no-such-body', b: BSSN })).agreementsBetween).toEqual(
      [],
    );
  });
});

describe('connectionPath', () => {
  const QUERY = `query ($from: ID!, $to: ID!, $hops: Int) {
    connectionPath(fromId: $from, toId: $to, maxHops: $hops) {
      length
      nodes { id type label }
      relationships { type from to }
    }
  }`;
  type Result = {
    connectionPath: {
      length: number;
      nodes: { id: string; type: string; label: string }[];
      relationships: { type: string; from: string; to: string }[];
    } | null;
  };

  it('joins BKN and Pemkab Aceh Besar through BSSN, party to both 000 and 004', async () => {
    const { connectionPath } = await data<Result>(QUERY, { from: BKN, to: ACEH_BESAR, hops: 8 });
    // BKN <- party of 000 <- 000 -> BSSN's party -> BSSN <- Balai's party in 004 (its agency is
    // BSSN) <- 004 -> Aceh Besar's party -> Aceh Besar. No person signs both, and neither lists
    // legal bases, so BSSN is the only link.
    expect(connectionPath).not.toBeNull();
    const path = connectionPath!;
    expect(path.length).toBe(8);
    expect(path.nodes.map((n) => n.type)).toEqual([
      'Institution',
      'Party',
      'Agreement',
      'Party',
      'Institution',
      'Party',
      'Agreement',
      'Party',
      'Institution',
    ]);
    expect(path.nodes[0]).toEqual({ id: BKN, type: 'Institution', label: 'Badan Kepegawaian Negara' });
    expect(path.nodes[4]).toEqual({ id: BSSN, type: 'Institution', label: 'Badan Siber dan Sandi Negara' });
    expect(path.nodes[8]).toEqual({
      id: ACEH_BESAR,
      type: 'Institution',
      label: 'Pemerintah Kabupaten Aceh Besar',
    });
    expect(path.nodes[2]!.label).toMatch(/Badan Kepegawaian Negara/);
    expect(path.nodes[6]!.label).toMatch(/ACEH BESAR/);
    // Consecutive nodes are joined by the relationship listed between them (either direction).
    path.relationships.forEach((r, i) => {
      expect([r.from, r.to].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
    });
    // A party acting for the agency itself reaches it by ACTS_FOR and OF_AGENCY alike (either is
    // a shortest path); Balai Sertifikasi Elektronik's party in 004 reaches BSSN only by OF_AGENCY.
    const toBody = expect.stringMatching(/^(ACTS_FOR|OF_AGENCY)$/);
    expect(path.relationships.map((r) => r.type)).toEqual([
      toBody,
      'HAS_PARTY',
      'HAS_PARTY',
      toBody,
      'OF_AGENCY',
      'HAS_PARTY',
      'HAS_PARTY',
      toBody,
    ]);
  });

  it('is null when the two are further apart than maxHops', async () => {
    expect((await data<Result>(QUERY, { from: BKN, to: ACEH_BESAR, hops: 7 })).connectionPath).toBeNull();
  });

  it('joins an agency to BSSN through their agreement in four hops', async () => {
    const { connectionPath } = await data<Result>(QUERY, { from: BPIP, to: BSSN, hops: 4 });
    expect(connectionPath!.length).toBe(4);
    expect(connectionPath!.nodes.map((n) => n.label)).toEqual([
      'Badan Pembinaan Ideologi Pancasila',
      'PIHAK KESATU', // 001: "selanjutnya disebut PIHAK KESATU"
      expect.stringMatching(/BADAN PEMBINAAN IDEOLOGI PANCASILA$/),
      'PIHAK KEDUA',
      'Badan Siber dan Sandi Negara',
    ]);
  });

  it('does not take the shortcut through KUHPerdata, which every agreement cites', async () => {
    // Through CITES the path BKN–Aceh Besar would be 6 hops; it is not found at 6.
    expect((await data<Result>(QUERY, { from: BKN, to: ACEH_BESAR, hops: 6 })).connectionPath).toBeNull();
  });

  it('is null for an unknown id, and the entity alone for the same id twice', async () => {
    expect(
      (await data<Result>(QUERY, { from: 'institution:no-such-body', to: BSSN })).connectionPath,
    ).toBeNull();
    expect((await data<Result>(QUERY, { from: BSSN, to: BSSN })).connectionPath).toEqual({
      length: 0,
      nodes: [{ id: BSSN, type: 'Institution', label: 'Badan Siber dan Sandi Negara' }],
      relationships: [],
    });
  });

  it.each([0, 99])('refuses maxHops %i with BAD_USER_INPUT naming the range', async (hops) => {
    const response = await api.gql(QUERY, { from: BKN, to: BSSN, hops });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toBe(`maxHops must be an integer from 1 to 8, got ${hops}`);
  });
});

describe('expiringAgreements', () => {
  const QUERY = `query ($asOf: Date, $days: Int) { expiringAgreements(asOf: $asOf, withinDays: $days) { signedOn expiresOn } }`;
  type Result = { expiringAgreements: { signedOn: string; expiresOn: string }[] };

  // Expiry = start + 48 months: 004 2026-08-24, 000 2026-10-03, 002 2026-10-26 (from 26 Oktober
  // 2022), 003 2029-01-24, 001 2029-09-10.

  it('lists the three that expire from 2026-08-01 through 90 days on, soonest first', async () => {
    const { expiringAgreements } = await data<Result>(QUERY, { asOf: '2026-08-01', days: 90 });
    expect(expiringAgreements).toEqual([
      { signedOn: SIGNED.s004, expiresOn: '2026-08-24' },
      { signedOn: SIGNED.s000, expiresOn: '2026-10-03' },
      { signedOn: SIGNED.s002, expiresOn: '2026-10-26' },
    ]);
  });

  it('includes both ends of the window', async () => {
    // 2026-08-25 + 39 days = 2026-10-03, the day 000 expires; 004 expired the day before.
    const after004 = await data<Result>(QUERY, { asOf: '2026-08-25', days: 39 });
    expect(after004.expiringAgreements.map((a) => a.expiresOn)).toEqual(['2026-10-03']);
    const sameDay = await data<Result>(QUERY, { asOf: '2026-08-24', days: 0 });
    expect(sameDay.expiringAgreements.map((a) => a.expiresOn)).toEqual(['2026-08-24']);
  });

  it('is empty for a window in which nothing expires', async () => {
    expect((await data<Result>(QUERY, { asOf: '2027-01-01', days: 365 })).expiringAgreements).toEqual([]);
  });

  it('refuses withinDays -1 (and 3651) with BAD_USER_INPUT', async () => {
    for (const days of [-1, 3651]) {
      const response = await api.gql(QUERY, { asOf: '2026-08-01', days });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toBe(`withinDays must be an integer from 0 to 3650, got ${days}`);
    }
  });

  it('refuses first: 1000 before running anything', async () => {
    const response = await api.gql('{ expiringAgreements(first: 1000) { id } }');
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['PAGE_SIZE_OUT_OF_RANGE']);
    expect(response.data).toBeUndefined();
  });
});

describe('expiredAgreements', () => {
  const QUERY = `query ($asOf: Date, $days: Int, $first: Int) {
    expiredAgreements(asOf: $asOf, withinDays: $days, first: $first) { signedOn expiresOn }
  }`;
  type Result = { expiredAgreements: { signedOn: string; expiresOn: string }[] };
  const expired = async (variables: Record<string, unknown>) =>
    (await data<Result>(QUERY, variables)).expiredAgreements;

  // The same expiries as above (start + 48 months): 004 2026-08-24, 000 2026-10-03,
  // 002 2026-10-26, 003 2029-01-24, 001 2029-09-10.

  it('lists the three that expired in the year before 2026-11-01, most recently expired first', async () => {
    expect(await expired({ asOf: '2026-11-01' })).toEqual([
      { signedOn: SIGNED.s002, expiresOn: '2026-10-26' },
      { signedOn: SIGNED.s000, expiresOn: '2026-10-03' },
      { signedOn: SIGNED.s004, expiresOn: '2026-08-24' },
    ]);
  });

  it('does not count an agreement expiring on asOf itself, and includes one expiring on asOf - withinDays', async () => {
    // 002 expires on 2026-10-26: not expired that day. 2026-10-26 - 63 days = 2026-08-24, 004's expiry.
    expect((await expired({ asOf: '2026-10-26', days: 63 })).map((a) => a.expiresOn)).toEqual([
      '2026-10-03',
      '2026-08-24',
    ]);
    // One day less and 004 falls out of the window (it starts on 2026-08-25).
    expect((await expired({ asOf: '2026-10-26', days: 62 })).map((a) => a.expiresOn)).toEqual(['2026-10-03']);
    // The day after 004 expires, a one-day window holds exactly 004; withinDays 0 holds nothing.
    expect((await expired({ asOf: '2026-08-25', days: 1 })).map((a) => a.expiresOn)).toEqual(['2026-08-24']);
    expect(await expired({ asOf: '2026-08-25', days: 0 })).toEqual([]);
  });

  it('is empty on the day the first agreement expires, however far back it looks', async () => {
    expect(await expired({ asOf: '2026-08-24', days: 3650 })).toEqual([]);
  });

  it('lists all five once all have expired, and first bounds the list from the most recent', async () => {
    expect(await expired({ asOf: '2030-01-01', days: 3650 })).toEqual([
      { signedOn: SIGNED.s001, expiresOn: '2029-09-10' },
      { signedOn: SIGNED.s003, expiresOn: '2029-01-24' },
      { signedOn: SIGNED.s002, expiresOn: '2026-10-26' },
      { signedOn: SIGNED.s000, expiresOn: '2026-10-03' },
      { signedOn: SIGNED.s004, expiresOn: '2026-08-24' },
    ]);
    expect((await expired({ asOf: '2030-01-01', days: 3650, first: 2 })).map((a) => a.signedOn)).toEqual([
      SIGNED.s001,
      SIGNED.s003,
    ]);
  });

  it('splits the agreements with expiringAgreements at asOf: 000, expiring on asOf, is expiring only', async () => {
    const expiring = await data<{ expiringAgreements: { expiresOn: string }[] }>(
      `{ expiringAgreements(asOf: "2026-10-03", withinDays: 3650) { expiresOn } }`,
    );
    expect(expiring.expiringAgreements.map((a) => a.expiresOn)).toEqual([
      '2026-10-03',
      '2026-10-26',
      '2029-01-24',
      '2029-09-10',
    ]);
    expect((await expired({ asOf: '2026-10-03', days: 3650 })).map((a) => a.expiresOn)).toEqual([
      '2026-08-24',
    ]);
  });

  it("without asOf answers as of the database's today", async () => {
    const [{ today }] = (await db.read<{ today: string }>('RETURN toString(date()) AS today')) as [
      { today: string },
    ];
    expect(await expired({ days: 3650 })).toEqual(await expired({ asOf: today, days: 3650 }));
  });

  it.each([-1, 3651])('refuses withinDays %i with BAD_USER_INPUT naming the range', async (days) => {
    const response = await api.gql(QUERY, { asOf: '2026-11-01', days });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toBe(`withinDays must be an integer from 0 to 3650, got ${days}`);
    expect(response.data?.expiredAgreements ?? null).toBeNull();
  });

  it.each([0, 101])('refuses first: %i before running anything', async (first) => {
    reads.length = 0;
    const response = await api.gql(QUERY, { asOf: '2026-11-01', first });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['PAGE_SIZE_OUT_OF_RANGE']);
    expect(response.data).toBeUndefined();
    expect(reads).toEqual([]);
  });

  it('refuses an asOf that is not a calendar date', async () => {
    const response = await api.gql(QUERY, { asOf: '2026-02-30' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/Date must be a calendar date written YYYY-MM-DD/);
  });
});

describe('clauseVariants', () => {
  const QUERY = `query ($topic: ClauseTopic!) {
    clauseVariants(topic: $topic) {
      present heading durationMonths terminationNoticeDays agreementCount agreements { signedOn }
    }
  }`;
  type Result = {
    clauseVariants: {
      present: boolean;
      heading: string | null;
      durationMonths: number | null;
      terminationNoticeDays: number | null;
      agreementCount: number;
      agreements: { signedOn: string }[];
    }[];
  };

  it('TERM: 48 months everywhere; 30 days notice in 000, 002, 004 and 60 in 001, 003', async () => {
    const { clauseVariants } = await data<Result>(QUERY, { topic: 'TERM' });
    expect(clauseVariants).toEqual([
      {
        present: true,
        heading: null,
        durationMonths: 48, // "jangka waktu 4 (empat) tahun"
        terminationNoticeDays: 30, // "paling lambat 30 (tiga puluh) hari kalender"
        agreementCount: 3,
        agreements: [{ signedOn: SIGNED.s004 }, { signedOn: SIGNED.s000 }, { signedOn: SIGNED.s002 }],
      },
      {
        present: true,
        heading: null,
        durationMonths: 48,
        terminationNoticeDays: 60, // "paling lambat 60 (enam puluh) hari kalender"
        agreementCount: 2,
        agreements: [{ signedOn: SIGNED.s003 }, { signedOn: SIGNED.s001 }],
      },
    ]);
  });

  it('CONFIDENTIALITY: grouped by heading, 000 reading "KERAHASIAAN DAN KEAMANAN DATA"', async () => {
    const { clauseVariants } = await data<Result>(QUERY, { topic: 'CONFIDENTIALITY' });
    expect(clauseVariants.map((v) => [v.present, v.heading, v.agreementCount])).toEqual([
      [true, 'KERAHASIAAN', 4],
      [true, 'KERAHASIAAN DAN KEAMANAN DATA', 1], // 000, Pasal 9
    ]);
    expect(clauseVariants[1]!.agreements).toEqual([{ signedOn: SIGNED.s000 }]);
  });

  it('RESTRICTIONS: PEMBATASAN in 001 and 003 only, absent from the other three', async () => {
    const { clauseVariants } = await data<Result>(QUERY, { topic: 'RESTRICTIONS' });
    expect(clauseVariants.map((v) => [v.present, v.heading, v.agreementCount])).toEqual([
      [true, 'PEMBATASAN', 2], // Pasal 10 of 001 and 003
      [false, null, 3],
    ]);
    expect(clauseVariants[1]!.agreements.map((a) => a.signedOn)).toEqual([
      SIGNED.s004,
      SIGNED.s000,
      SIGNED.s002,
    ]);
  });
});

describe('round trips', () => {
  it.each([
    [
      'sharedSignatories',
      '{ sharedSignatories { official { name } signedFor { id } counterparts { id } agreements { id } } }',
    ],
    [
      'sharedLegalBases',
      '{ sharedLegalBases { decree { id } agencies { id } agreements { id } agreementCount } }',
    ],
    ['agreementsBetween', `{ agreementsBetween(agencyA: "${BSSN}", agencyB: "${KEMENDAG}") { id } }`],
    [
      'connectionPath',
      `{ connectionPath(fromId: "${BKN}", toId: "${ACEH_BESAR}") { nodes { id } relationships { type } } }`,
    ],
    ['expiringAgreements', '{ expiringAgreements(asOf: "2026-08-01") { id } }'],
    ['expiredAgreements', '{ expiredAgreements(asOf: "2026-11-01") { id } }'],
    ['clauseVariants', '{ clauseVariants(topic: TERM) { agreementCount agreements { id } } }'],
  ])('%s answers with its nested lists in one read', async (_name, query) => {
    reads.length = 0;
    await data(query);
    expect(reads).toHaveLength(1);
  });
});

describe('examples/relationships', () => {
  const dir = path.resolve('examples/relationships');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));

  it('has one example per relationship query', () => {
    expect(files.sort()).toEqual([
      'agreements-between.graphql',
      'clause-variants.graphql',
      'connection-path.graphql',
      'expired-agreements.graphql',
      'expiring-agreements.graphql',
      'shared-legal-bases.graphql',
      'shared-signatories.graphql',
    ]);
  });

  it.each(files)('%s runs as written and answers something', async (file) => {
    const answer = await data<Record<string, unknown>>(fs.readFileSync(path.join(dir, file), 'utf8'));
    const values = Object.values(answer);
    expect(values).toHaveLength(1);
    const [value] = values;
    expect(value).not.toBeNull();
    if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
  });
});
