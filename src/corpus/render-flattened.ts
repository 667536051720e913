/**
 * Lays an agreement out the way a PDF tool flattens a downloaded copy: each paragraph on one
 * line (form lines run together), and page furniture dropped in mid-sentence: paraf lines
 * ("PARAF Pihak I Pihak II"), a page number alone on a line, the hosting site's banner
 * ("jdih.garutkab.go.id | Halaman 2 dari 9"). Furniture lands only between words where a
 * page can end in a real text (after a comma, before a connecting word), never inside a
 * value, so the ground truth stays what a reader takes from the page.
 */
import type { AgreementDocument, Block } from './document-model.js';
import type { Random } from './random.js';

/** Words a page break or a paraf box can stand before, in lower case only: "Menteri Dalam Negeri" is a name. */
const BEFORE = new Set([
  'dalam',
  'berkedudukan',
  'beralamat',
  'selanjutnya',
  'berdasarkan',
  'bertindak',
  'yang',
  'untuk',
  'serta',
  'selaku',
]);

function parafLine(random: Random): string {
  return random.pick([
    'PARAF Pihak I Pihak II',
    'Paraf Pihak I : Paraf Pihak II :',
    'Paraf PIHAK KESATU : ……. PIHAK KEDUA : …….',
    'PARAF',
  ]);
}

function blockText(random: Random, block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return random.chance(0.4) ? [block.lines.join(' ')] : [...block.lines];
    case 'numbers':
      return [...block.lines];
    case 'text':
      return [block.text];
    case 'party':
      return [`${block.marker} ${block.name}${block.layout === 'colon' ? ' :' : ''} ${block.body}`];
    case 'item':
      return [block.label ? `${block.label} ${block.text}` : block.text];
    case 'pasal':
      return random.chance(0.5)
        ? [`${block.word} ${block.number}${block.heading ? ` ${block.heading}` : ''}`]
        : [`${block.word} ${block.number}`, ...(block.heading ? [block.heading] : [])];
    case 'lines':
      return random.chance(0.7)
        ? [block.lines.map((l) => l.trim()).join(' ')]
        : block.lines.map((l) => l.trim());
    case 'signature':
      return [block.labels.join(' '), ...(block.names ? [block.names.join(' ')] : [])];
  }
}

/** Indexes of words a piece of furniture may stand before. */
function breakPoints(words: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 3; i < words.length - 1; i++) {
    // After a comma only before a lower-case word: "AMINAH, M.Kes." keeps its degree.
    if ((/[,;]$/.test(words[i - 1]!) && /^[a-z]/.test(words[i]!)) || BEFORE.has(words[i]!)) out.push(i);
  }
  return out;
}

export function renderFlattened(random: Random, doc: AgreementDocument): string {
  const total = random.int(4, 14);
  const banner = doc.site ? random.chance(0.7) : false;
  const out: string[] = [];
  let page = 1;
  const pageBreak = (): string[] => {
    page++;
    const lines = [random.pick([`- ${page} -`, String(page), `Halaman ${page} dari ${total}`])];
    if (banner)
      lines.push(
        random.pick([`${doc.site} | Halaman ${page} dari ${total}`, `Page ${page} of ${total} ${doc.site}`]),
      );
    return lines;
  };
  if (banner) out.push(`${doc.site} | Halaman 1 dari ${total}`);
  let sinceBreak = 0;
  for (const block of doc.blocks) {
    for (const line of blockText(random, block)) {
      const words = line.split(/\s+/).filter((w) => w.length > 0);
      const points = block.kind === 'title' || block.kind === 'numbers' ? [] : breakPoints(words);
      if (points.length > 0 && random.chance(0.3)) {
        const at = random.pick(points);
        const before = words.slice(0, at).join(' ');
        const after = words.slice(at).join(' ');
        if (random.chance(0.5)) {
          out.push(`${before} ${parafLine(random)} ${after}`);
        } else {
          out.push(before, ...pageBreak(), after);
          sinceBreak = 0;
        }
      } else {
        out.push(words.join(' '));
      }
      sinceBreak++;
      if (sinceBreak > random.int(6, 14)) {
        out.push(...pageBreak());
        if (random.chance(0.4)) out.push(parafLine(random));
        sinceBreak = 0;
      }
    }
  }
  return `${out.join('\n')}\n`;
}
