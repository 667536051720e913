/**
 * Lays an agreement out the way PDF-to-text extraction leaves it: a hard line break every
 * few words, blank lines between lines, words hyphenated across lines, page numbers
 * ("-9-"), the e-signature footer and a running page header dropped in mid-sentence, a
 * name broken over two lines, stray "$" and "#" where signature images were.
 */
import type { AgreementDocument, Block } from './document-model.js';
import type { Random } from './random.js';

interface Line {
  readonly text: string;
  /** Whether a page may end after this line. */
  readonly breakable: boolean;
}

const FOOTERS = [
  [
    'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang',
    'diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara',
  ],
  [
    'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang',
    'diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN',
  ],
  [
    'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN',
  ],
];

/** Wraps a paragraph at about `width` characters; reduplicated words may break at their hyphen. */
export function wrapWords(random: Random, text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current.length === 0) {
      current = word;
      continue;
    }
    if (current.length + 1 + word.length <= width) {
      current += ` ${word}`;
      continue;
    }
    const hyphen = /^([A-Za-z]+-)([a-z]+[,.;:]?)$/.exec(word);
    if (hyphen && current.length + 1 + hyphen[1]!.length <= width && random.chance(0.6)) {
      lines.push(`${current} ${hyphen[1]}`);
      current = hyphen[2]!;
      continue;
    }
    lines.push(current);
    current = word;
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

function blockLines(random: Random, block: Block, width: number, breakName: boolean): Line[] {
  const wrap = (text: string, breakableFrom = 0): Line[] =>
    wrapWords(random, text, width).map((t, i, all) => ({
      text: t,
      breakable: i >= breakableFrom || i === all.length - 1,
    }));
  switch (block.kind) {
    case 'title':
      return block.lines
        .flatMap((l) => wrapWords(random, l, width + 10))
        .map((t) => ({ text: t, breakable: false }));
    case 'numbers':
      return block.lines.map((t) => ({ text: t, breakable: false }));
    case 'text':
      return wrap(block.text);
    case 'party': {
      if (block.layout === 'own-line') {
        return [{ text: `${block.marker} ${block.name}`, breakable: false }, ...wrap(block.body, 2)];
      }
      const words = block.name.split(' ');
      if (breakName && words.length >= 2 && !block.name.includes(',')) {
        const cut = random.int(1, words.length - 1);
        return [
          { text: `${block.marker} ${words.slice(0, cut).join(' ')}`, breakable: false },
          { text: words.slice(cut).join(' '), breakable: false },
          ...wrap(`: ${block.body}`, 2),
        ];
      }
      return wrap(`${block.marker} ${block.name} : ${block.body}`, 3);
    }
    case 'item':
      return wrap(block.label ? `${block.label} ${block.text}` : block.text);
    case 'pasal':
      if (block.heading && random.chance(0.1))
        return [{ text: `${block.word} ${block.number} ${block.heading}`, breakable: true }];
      return [
        { text: `${block.word} ${block.number}`, breakable: false },
        ...(block.heading ? [{ text: block.heading, breakable: true }] : []),
      ];
    case 'lines':
      return block.lines.map((t) => ({ text: t, breakable: true }));
    case 'signature': {
      const out: Line[] = [{ text: block.labels.join(' '), breakable: false }];
      if (block.names) out.push({ text: block.names.join('     '), breakable: false });
      return out;
    }
  }
}

export function renderPlain(random: Random, doc: AgreementDocument): string {
  const width = random.int(58, 86);
  const double = random.chance(0.6);
  const trailing = random.chance(0.6) ? ' ' : '';
  const pageLength = random.int(34, 50);
  // The e-signature footer is BSSN's; a real-world copy carries its hosting site's banner instead.
  const footer = random.chance(0.75) ? (doc.site ? [`${doc.site}`] : random.pick(FOOTERS)) : null;
  const header = doc.runningHeader;
  const out: string[] = [];
  const emit = (text: string): void => {
    out.push(`${text}${trailing}`);
    if (double) out.push('');
  };
  let onPage = 0;
  let page = 1;
  const breakPage = (): void => {
    page++;
    out.push('', '', `-${page}-${trailing}`, '', trailing, '');
    if (footer) for (const l of footer) emit(l);
    if (header && random.chance(0.7)) out.push(` ${header}${trailing}`);
    onPage = 0;
  };
  for (const block of doc.blocks) {
    const lines = blockLines(random, block, width, random.chance(0.25));
    if (block.kind === 'pasal' && random.chance(0.3)) out.push(trailing);
    for (const line of lines) {
      const lead = onPage === 0 && page > 1 && random.chance(0.5) ? ' ' : '';
      emit(`${lead}${line.text}`);
      onPage++;
      if (onPage >= pageLength && line.breakable) breakPage();
    }
    if (block.kind === 'title' || block.kind === 'numbers' || (block.kind === 'text' && random.chance(0.3)))
      out.push(trailing);
  }
  out.push('', '', '$ ', '', '', '# ');
  return `${out.join('\n')}\n`;
}
