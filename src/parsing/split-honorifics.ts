/**
 * Separates a printed name from the ranks, titles and degrees around it:
 * "KOMJEN POL. Dr. NICO AFINTA, S.I.K., S.H., M.H." -> "NICO AFINTA" and
 * ["KOMJEN POL.", "Dr.", "S.I.K.", "S.H.", "M.H."].
 */
import { memoiseCopied } from './memoise.js';

/** Police and military ranks that may carry a corps suffix ("KOMJEN POL."). */
const RANKS = new Set([
  'jenderal',
  'jend',
  'letjen',
  'mayjen',
  'brigjen',
  'komjen',
  'irjen',
  'kombes',
  'kombespol',
  'akbp',
  'akp',
  'laksamana',
  'laksdya',
  'laksda',
  'laksma',
  'marsekal',
  'marsdya',
  'marsda',
  'marsma',
  'kolonel',
  'letkol',
  'mayor',
  'kapten',
]);
const CORPS = new Set([
  'pol',
  'tni',
  'polisi',
  '(purn)',
  'purn',
  'ad',
  'al',
  'au',
  '(purn.)',
  // Army and navy corps after a rank: "LETKOL INF.", "KOLONEL CZI", "MAYOR CKM".
  'inf',
  'kav',
  'arh',
  'arm',
  'czi',
  'cpm',
  'cku',
  'ckm',
  'chb',
  'cba',
  'mar',
  'pnb',
  'kes',
  'tek',
]);
/** Academic, professional and religious titles printed before a name. */
const PREFIX_TITLES = new Set([
  'prof',
  'dr',
  'drs',
  'dra',
  'ir',
  'h',
  'hj',
  'kh',
  'drg',
  'ns',
  'apt',
  'r',
  'rr',
]);

export interface SplitName {
  readonly name: string;
  readonly honorifics: readonly string[];
  /** Offset of the bare name within the input, and its length, for spans. */
  readonly nameStart: number;
  readonly nameEnd: number;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function tokens(s: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: s.slice(m.index, end), start: m.index, end });
  }
  return out;
}

function bare(t: string): string {
  return t.toLowerCase().replace(/\.+$/, '');
}

/** A degree after the name: "S.H.", "M.Kom.", "Ph.D.", "MBA". */
function isDegree(part: string): boolean {
  const p = part.trim();
  if (p.length === 0 || p.length > 16) return false;
  if (!/^[A-Za-z][A-Za-z.()\-/ ]*$/.test(p)) return false;
  if (p.includes('.')) return true;
  return /^[A-Z]{2,6}$/.test(p);
}

/** The bare name and the honorifics around it; remembered per printed name, each caller given its own copy. */
export const splitHonorifics = memoiseCopied(splitHonorificsOnce, (n) => ({
  ...n,
  honorifics: [...n.honorifics],
}));

function splitHonorificsOnce(printed: string): SplitName {
  let end = printed.length;
  while (end > 0 && /[\s,;:]/.test(printed[end - 1]!)) end--;
  // Degrees come after the first comma that is followed by a degree.
  const trailing: Token[] = [];
  let nameTo = end;
  const firstComma = printed.indexOf(',');
  if (firstComma >= 0 && firstComma < end) {
    const parts: Token[] = [];
    let at = firstComma;
    while (at >= 0 && at < end) {
      const next = printed.indexOf(',', at + 1);
      const stop = next < 0 || next > end ? end : next;
      const raw = printed.slice(at + 1, stop);
      const lead = raw.length - raw.trimStart().length;
      parts.push({ text: raw.trim(), start: at + 1 + lead, end: at + 1 + lead + raw.trim().length });
      at = next < 0 || next > end ? -1 : next;
    }
    if (parts.length > 0 && parts.every((p) => isDegree(p.text))) {
      trailing.push(...parts.filter((p) => p.text.length > 0));
      nameTo = firstComma;
    }
  }
  const toks = tokens(printed, 0, nameTo);
  const leading: string[] = [];
  let i = 0;
  while (i < toks.length - 1) {
    const t = bare(toks[i]!.text);
    if (RANKS.has(t)) {
      let text = toks[i]!.text;
      let j = i + 1;
      while (j < toks.length - 1 && CORPS.has(bare(toks[j]!.text))) {
        text = `${text} ${toks[j]!.text}`;
        j++;
      }
      leading.push(text);
      i = j;
      continue;
    }
    // "Prof.Dr." printed without a space is one token of titles.
    const compound = toks[i]!.text.split('.').filter((x) => x.length > 0);
    if (
      compound.length > 0 &&
      compound.every((c) => PREFIX_TITLES.has(c.toLowerCase())) &&
      toks[i]!.text.endsWith('.')
    ) {
      leading.push(toks[i]!.text);
      i++;
      continue;
    }
    if (PREFIX_TITLES.has(t) && t.length > 1) {
      leading.push(toks[i]!.text);
      i++;
      continue;
    }
    break;
  }
  // Degrees printed without commas after the name ("Susilo Wibowo S.T. M.T.").
  let last = toks.length;
  while (last - 1 > i && /^(?:[A-Za-z]{1,4}\.){2,4}$/.test(toks[last - 1]!.text)) last--;
  const noCommaDegrees = toks.slice(last).map((t) => t.text);
  const nameToks = toks.slice(i, last);
  const first = nameToks[0];
  const lastTok = nameToks[nameToks.length - 1];
  if (!first || !lastTok) {
    const folded = printed.slice(0, end).replace(/\s+/g, ' ').trim();
    return { name: folded, honorifics: [], nameStart: 0, nameEnd: end };
  }
  let nameEnd = lastTok.end;
  while (nameEnd > first.start && /[,;:]/.test(printed[nameEnd - 1]!)) nameEnd--;
  const name = printed.slice(first.start, nameEnd).replace(/\s+/g, ' ').trim();
  return {
    name,
    honorifics: [...leading, ...noCommaDegrees, ...trailing.map((t) => t.text)],
    nameStart: first.start,
    nameEnd,
  };
}
