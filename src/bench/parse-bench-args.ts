import { SIDES, type Side } from './sides.js';

/** The command line of `npm run bench` (src/bench/run-bench.ts), validated. */
export interface BenchArgs {
  readonly sizes: number[];
  readonly clients: number[];
  readonly out: string;
  readonly rounds: number;
  readonly requests: number;
  readonly maxCellSeconds: number;
  readonly seed: number;
  readonly profile: boolean;
  /** Sides to measure; `ours` always is. */
  readonly sides: Side[];
  /** Query names of the fixed set; null: all. */
  readonly queries: string[] | null;
  /** Warm-up calls per query and side with one client. */
  readonly warmup: number;
  /** The bench's Neo4j heap and page cache (NEO4J_HEAP / NEO4J_PAGECACHE forms: 2g, 512m). */
  readonly heap: string;
  readonly pageCache: string;
  /** Transaction and HTTP call timeout: a call that takes longer counts as an error. */
  readonly timeoutSeconds: number;
  /** Parse throughput is measured on at most this many texts (evenly spread), to bound memory. */
  readonly parseSample: number;
  /** Runs the first-call-after-ready stage (restarts the API and Neo4j on the store). */
  readonly firstCalls: boolean;
}

const USAGE =
  'usage: run-bench [--sizes 1000,10000] [--clients 1,16] [--out BENCHMARKS.md] [--rounds 3] [--requests 20] [--max-cell-seconds 8] [--seed 7] [--no-profile]' +
  ' [--sides ours,cold,raw,rawHttp,peer] [--queries NAME,...] [--warmup 5] [--heap 2g] [--page-cache 1g] [--timeout-seconds 120] [--parse-sample 10000] [--no-first-calls]';

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: { -readonly [K in keyof BenchArgs]: BenchArgs[K] } = {
    sizes: [1000, 10000],
    clients: [1, 16],
    out: 'BENCHMARKS.md',
    rounds: 3,
    requests: 20,
    maxCellSeconds: 8,
    seed: 7,
    profile: true,
    sides: [...SIDES],
    queries: null,
    warmup: 5,
    heap: '2g',
    pageCache: '1g',
    timeoutSeconds: 120,
    parseSample: 10_000,
    firstCalls: true,
  };
  const names = (flag: string, value: string | undefined) => {
    const items = (value ?? '').split(',').map((v) => v.trim());
    if (items.some((v) => !/^[A-Za-z0-9]+$/.test(v))) {
      throw new Error(`${flag} takes comma-separated names, got '${value ?? ''}'; ${USAGE}`);
    }
    return items;
  };
  const memory = (flag: string, value: string | undefined) => {
    if (!value || !/^\d+[kmg]?$/i.test(value)) {
      throw new Error(`${flag} takes a memory size such as 2g or 512m, got '${value ?? ''}'; ${USAGE}`);
    }
    return value.toLowerCase();
  };
  const list = (flag: string, value: string | undefined, max: number) => {
    const items = (value ?? '').split(',').map((v) => Number(v.trim()));
    if (items.length === 0 || items.some((n) => !Number.isInteger(n) || n < 1 || n > max)) {
      throw new Error(
        `${flag} takes comma-separated integers from 1 to ${max}, got '${value ?? ''}'; ${USAGE}`,
      );
    }
    return items;
  };
  const int = (flag: string, value: string | undefined, max: number) => list(flag, value, max)[0]!;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    switch (flag) {
      case '--sizes':
        args.sizes = list(flag, value, 1_000_000);
        i++;
        break;
      case '--clients':
        args.clients = list(flag, value, 256);
        i++;
        break;
      case '--out':
        if (!value) throw new Error(`--out needs a file name; ${USAGE}`);
        args.out = value;
        i++;
        break;
      case '--rounds':
        args.rounds = int(flag, value, 100);
        i++;
        break;
      case '--requests':
        args.requests = int(flag, value, 100_000);
        i++;
        break;
      case '--max-cell-seconds':
        args.maxCellSeconds = int(flag, value, 3600);
        i++;
        break;
      case '--seed':
        args.seed = int(flag, value, 2 ** 31);
        i++;
        break;
      case '--no-profile':
        args.profile = false;
        break;
      case '--sides': {
        const sides = names(flag, value);
        const unknown = sides.filter((v) => !(SIDES as readonly string[]).includes(v));
        if (unknown.length)
          throw new Error(`--sides: unknown ${unknown.join(', ')}; the sides are ${SIDES.join(', ')}`);
        args.sides = sides as Side[];
        i++;
        break;
      }
      case '--queries':
        args.queries = names(flag, value);
        i++;
        break;
      case '--warmup':
        args.warmup = value === '0' ? 0 : int(flag, value, 1000);
        i++;
        break;
      case '--heap':
        args.heap = memory(flag, value);
        i++;
        break;
      case '--page-cache':
        args.pageCache = memory(flag, value);
        i++;
        break;
      case '--timeout-seconds':
        args.timeoutSeconds = int(flag, value, 86_400);
        i++;
        break;
      case '--parse-sample':
        args.parseSample = int(flag, value, 1_000_000);
        i++;
        break;
      case '--no-first-calls':
        args.firstCalls = false;
        break;
      default:
        throw new Error(`unknown argument '${flag}'; ${USAGE}`);
    }
  }
  return args;
}
