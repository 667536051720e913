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
}

const USAGE =
  'usage: run-bench [--sizes 1000,10000] [--clients 1,16] [--out BENCHMARKS.md] [--rounds 3] [--requests 20] [--max-cell-seconds 8] [--seed 7] [--no-profile]';

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
      default:
        throw new Error(`unknown argument '${flag}'; ${USAGE}`);
    }
  }
  return args;
}
