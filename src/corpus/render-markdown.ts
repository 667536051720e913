/**
 * Lays an agreement out the way a PDF-to-Markdown converter does: bold runs, headings of
 * whatever level the converter guessed, list markers "- a.", items whose letter was lost,
 * "1." read where "l." was printed, mailto links, an escaped "\$" from the signature image.
 */
import type { AgreementDocument, Block } from './document-model.js';
import type { Random } from './random.js';

interface Style {
  readonly boldLabels: number;
  readonly dashItems: boolean;
  readonly lostLetter: number;
  readonly mailto: boolean;
  readonly pasalStyles: readonly number[];
  readonly titleHeadings: boolean;
}

function boldLabels(random: Random, text: string, labels: readonly string[], p: number): string {
  if (p === 0) return text;
  const all = [...labels, 'PARA PIHAK'].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(${all.map((l) => l.replace(/ /g, ' ')).join('|')})(?![A-Z])`, 'g');
  return text.replace(re, (m) => (random.chance(p) ? `**${m}**` : m));
}

function escape(text: string): string {
  return text.replace(/\$/g, '\\$');
}

function heading(random: Random): string {
  return '#'.repeat(random.int(1, 4));
}

function renderBlock(random: Random, block: Block, doc: AgreementDocument, s: Style): string[] {
  const bold = (t: string): string => boldLabels(random, t, doc.labels, s.boldLabels);
  switch (block.kind) {
    case 'title':
      return block.lines.map((l) => {
        const b = `**${l}**`;
        return s.titleHeadings &&
          /^(?:ANTARA|DENGAN|DAN|TENTANG|MENGENAI|PERJANJIAN KERJA SAMA|NOTA KESEPAHAMAN)$/.test(l)
          ? `${heading(random)} ${b}`
          : b;
      });
    case 'numbers':
      return [...block.lines];
    case 'text':
      return [escape(bold(block.text))];
    case 'party': {
      const stray = random.chance(0.1) ? '**' : '';
      const marker = s.dashItems && random.chance(0.5) ? `- ${block.marker}` : block.marker;
      if (block.layout === 'own-line') return [`${marker} ${block.name}`, escape(bold(block.body))];
      return [`${marker} ${block.name}${stray} : ${escape(bold(block.body))}`];
    }
    case 'item': {
      let label = block.label;
      if (label === 'l.' && random.chance(0.7)) label = '1.';
      else if (label && /^[a-z]\.$/.test(label) && block.depth === 1 && random.chance(s.lostLetter))
        label = null;
      const indent = block.depth === 1 ? random.pick(['  ', ' ', '']) : '';
      const dash = s.dashItems || label === null ? '- ' : '';
      return [`${indent}${dash}${label ? `${label} ` : ''}${escape(bold(block.text))}`];
    }
    case 'pasal': {
      const style = random.pick(s.pasalStyles);
      const p = `${block.word} ${block.number}`;
      const h = block.heading ?? '';
      if (style === 0) return [`${heading(random)} **${p}**`, `${heading(random)} **${h}**`];
      if (style === 1) return [`**${p}**  \n**${h}**`];
      if (style === 2) return [`${p} ${h}`];
      if (style === 3) return [`${heading(random)} **${p}** **${h}**`];
      return [p, h];
    }
    case 'lines':
      return block.lines.map((l, i) => {
        let t = s.mailto ? l.replace(/([\w.-]+@[\w.-]+\.\w+)/, '[$1](mailto:$1)') : l;
        if (block.strong.includes(i) && random.chance(0.7)) t = `**${t}**`;
        return t;
      });
    case 'signature': {
      const out = block.labels.map((l) => `**${l}**`);
      if (block.names) out.push(...block.names.map((n) => `**${n}**`));
      return out;
    }
  }
}

export function renderMarkdown(random: Random, doc: AgreementDocument): string {
  const style: Style = {
    boldLabels: random.chance(0.7) ? random.pick([0.6, 0.9, 1]) : 0,
    dashItems: random.chance(0.7),
    lostLetter: random.chance(0.3) ? 0.15 : 0,
    mailto: random.chance(0.5),
    pasalStyles: random.shuffle([0, 1, 2, 3, 4]).slice(0, random.int(1, 2)),
    titleHeadings: random.chance(0.4),
  };
  const out: string[] = ['', '', ''];
  let titleDone = false;
  for (const block of doc.blocks) {
    if (titleDone === false && block.kind !== 'title') {
      titleDone = true;
      if (random.chance(0.3)) out.push('---', '');
    }
    for (const line of renderBlock(random, block, doc, style)) {
      out.push(line);
      // Converters separate paragraphs with a blank line, but keep tight lists now and then.
      if (!(block.kind === 'item' && block.depth === 1 && random.chance(0.6))) out.push('');
    }
  }
  out.push('\\$', '', '#');
  return out.join('\n');
}
