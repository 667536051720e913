/** Arguments of the corpus command, checked with messages that say what is accepted. */

export interface CorpusArgs {
  readonly agreements: number;
  readonly seed: number;
  readonly out: string;
}

const USAGE = 'usage: npm run corpus -- --agreements N --seed S --out DIR';

/** Reads and checks the arguments; throws with the flag, the value and what is accepted. */
export function parseCorpusArgs(argv: readonly string[]): CorpusArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!['--agreements', '--seed', '--out'].includes(flag))
      throw new Error(`unknown argument "${flag}"; ${USAGE}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value; ${USAGE}`);
    values.set(flag, value);
    i++;
  }
  const whole = (flag: string, min: number, max: number): number => {
    const raw = values.get(flag);
    if (raw === undefined) throw new Error(`${flag} is required; ${USAGE}`);
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new Error(`${flag} must be a whole number from ${min} to ${max} (got "${raw}")`);
    }
    return n;
  };
  const out = values.get('--out');
  if (!out) throw new Error(`--out is required: the directory to write the corpus to; ${USAGE}`);
  return { agreements: whole('--agreements', 1, 1_000_000), seed: whole('--seed', 0, 4_294_967_295), out };
}
