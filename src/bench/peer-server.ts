import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import {
  AGREEMENT_STATS,
  CLAUSE_VARIANTS_TERM,
  CONNECTION_PATH,
  SEARCH,
  SHARED_LEGAL_BASES_ANY,
  SHARED_SIGNATORIES,
} from './peer-cypher.js';
import { writeGraphQLResponse } from '../server/write-graphql-response.js';

/**
 * The peer a user would otherwise pick: `@neo4j/graphql` 7 generating Cypher from type
 * definitions mapped onto our labels and relationship types (the same graph, no copy).
 *
 * What it can express by itself (filters on properties and on related nodes, sorting, paging,
 * nested selections, connection totals) is left to it. Questions that group, count against a
 * threshold, search a full-text index over several labels or walk a shortest path have no
 * generated form, so they are `@cypher` fields, as its manual recommends.
 *
 * APOC: the library needs `apoc.util.validatePredicate` only for `@authorization` rules and
 * `apoc.date.convertFormat` only for `DateTime` fields (and apoc for `@populatedBy`/array and
 * math mutations). None of those appear below (dates are `Date`; no auth; read-only), so it runs
 * on the Community embedded Neo4j without the APOC plugin. `checkNeo4jCompat()` would refuse the
 * server for lacking APOC, so it is deliberately not called.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Agreement @node(labels: ["Agreement"]) {
    id: ID!
    kind: String!
    title: String
    numbers: [String!]
    signedOn: Date
    effectiveFrom: Date
    durationMonths: Int
    expiresOn: Date
    terminationNoticeDays: Int
    loaded: Boolean
    parties: [Party!]! @relationship(type: "HAS_PARTY", direction: OUT)
  }

  type Party @node(labels: ["Party"]) {
    id: ID!
    ordinal: Int!
    label: String!
    position: String
    agreement: [Agreement!]! @relationship(type: "HAS_PARTY", direction: IN)
    institution: [Institution!]! @relationship(type: "ACTS_FOR", direction: OUT)
    agency: [Institution!]! @relationship(type: "OF_AGENCY", direction: OUT)
    signatory: [Official!]! @relationship(type: "SIGNED_BY", direction: OUT)
    appointment: [Decree!]! @relationship(type: "APPOINTED_UNDER", direction: OUT)
  }

  type Institution @node(labels: ["Institution"]) {
    id: ID!
    name: String!
    acronym: String
  }

  type Official @node(labels: ["Official"]) {
    id: ID!
    name: String!
    honorifics: [String!]
  }

  type Decree @node(labels: ["Decree"]) {
    id: ID!
    kind: String!
    number: String
    year: Int
    text: String!
  }

  # Rows of @cypher fields: plain maps (dates already ISO strings), not nodes.
  type AgreementSummary {
    id: ID!
    title: String
    signedOn: String
  }

  type Named {
    id: ID!
    name: String!
  }

  type SharedSignatory {
    official: Named!
    agreementCount: Int!
    signedFor: [Named!]!
    counterparts: [Named!]!
    agreements: [AgreementSummary!]!
  }

  type DecreeSummary {
    id: ID!
    kind: String!
    text: String!
  }

  type SharedLegalBasis {
    decree: DecreeSummary!
    agreementCount: Int!
    agencies: [Named!]!
    agreements: [AgreementSummary!]!
  }

  type ClauseVariant {
    present: Boolean!
    heading: String
    durationMonths: Int
    terminationNoticeDays: Int
    agreementCount: Int!
    agreements: [AgreementSummary!]!
  }

  type PathNode {
    id: ID!
    type: String!
    label: String!
  }

  type PathRelationship {
    type: String!
    from: ID!
    to: ID!
  }

  type ConnectionPath {
    length: Int!
    nodes: [PathNode!]!
    relationships: [PathRelationship!]!
  }

  type StatRow {
    key: String!
    count: Int!
  }

  type SearchHit {
    score: Float!
    type: String!
    id: ID!
    text: String!
    agreementTitle: String
    clauseNumber: String
    clauseHeading: String
  }

  type Query {
    sharedSignatories(minAgreements: Int!, first: Int!): [SharedSignatory!]!
      @cypher(statement: """${SHARED_SIGNATORIES}""", columnName: "row")
    sharedLegalBases(minAgreements: Int!, first: Int!): [SharedLegalBasis!]!
      @cypher(statement: """${SHARED_LEGAL_BASES_ANY}""", columnName: "row")
    clauseVariantsTerm(first: Int!): [ClauseVariant!]!
      @cypher(statement: """${CLAUSE_VARIANTS_TERM}""", columnName: "row")
    connectionPath(fromId: ID!, toId: ID!): ConnectionPath
      @cypher(statement: """${CONNECTION_PATH}""", columnName: "row")
    agreementStatsByYear(first: Int!): [StatRow!]!
      @cypher(statement: """${AGREEMENT_STATS}""", columnName: "row")
    search(text: String!, first: Int!): [SearchHit!]! @cypher(statement: """${SEARCH}""", columnName: "row")
  }
`;

export interface PeerServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the peer schema with its own Apollo Server on its own port on 127.0.0.1, over the
 * driver the benchmark already holds (so both APIs share one pool size and one database).
 */
export async function startPeerServer(driver: Driver, database: string): Promise<PeerServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  const apollo = new ApolloServer({ schema, stopOnTerminationSignals: false });
  await apollo.start();

  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const text = Buffer.concat(chunks).toString('utf8');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers,
          search: url.search,
          body: text ? (JSON.parse(text) as unknown) : undefined,
        },
        // The context @neo4j/graphql reads: which database to run in (the driver is in the schema).
        context: async () => ({ sessionConfig: { database } }),
      });
      await writeGraphQLResponse(res, response);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.end();
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
    },
  };
}

export interface CapturedStatement {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

const captureSchemas = new WeakMap<Driver, Promise<import('graphql').GraphQLSchema>>();

/**
 * The Cypher the peer generates for one operation, with its parameters (for PROFILE in the
 * report). Runs the operation once in process on a schema whose driver records each statement;
 * the served schema is left untouched so the timed path carries no recording.
 */
export async function captureRecording(
  driver: Driver,
  database: string,
  operation: { query: string; variables: Record<string, unknown> },
  sink: CapturedStatement[],
): Promise<void> {
  let schema = captureSchemas.get(driver);
  if (!schema) {
    const recording = recordingDriver(driver, (statement) => currentSink?.push(statement));
    schema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: recording }).getSchema();
    captureSchemas.set(driver, schema);
  }
  currentSink = sink;
  try {
    const result = await graphql({
      schema: await schema,
      source: operation.query,
      variableValues: operation.variables,
      contextValue: { sessionConfig: { database } },
    });
    if (result.errors?.length) throw new Error(`peer: ${result.errors[0]!.message}`);
  } finally {
    currentSink = null;
  }
}

let currentSink: CapturedStatement[] | null = null;

export async function capturePeerCypher(
  driver: Driver,
  database: string,
  operation: { query: string; variables: Record<string, unknown> },
): Promise<CapturedStatement[]> {
  const sink: CapturedStatement[] = [];
  await captureRecording(driver, database, operation, sink);
  return sink;
}

/** `driver`, except that sessions report every statement their read transactions run. */
function recordingDriver(driver: Driver, onStatement: (s: CapturedStatement) => void): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, key, receiver) {
        if (key === 'run') {
          return (cypher: string, params: Record<string, unknown> = {}) => {
            onStatement({ cypher, params });
            return target.run(cypher, params);
          };
        }
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, key, receiver) {
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (target[key] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => Promise<unknown>).call(
              target,
              (tx: ManagedTransaction) => work(wrapTx(tx)),
              config,
            );
        }
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, key, receiver) {
      if (key === 'session') {
        return (config?: Parameters<Driver['session']>[0]) => wrapSession(target.session(config));
      }
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
