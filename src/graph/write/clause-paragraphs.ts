import type { Clause, Span } from '../../domain/agreement.js';

/**
 * How a clause's paragraphs and items are stored: the `paragraphs` property of a Clause node, a
 * JSON list (docs/adr/0005-paragraphs-as-offsets.md). Each paragraph and item keeps its label and
 * its span in the source text, and its words as `at`, offsets into the clause's own `text`, which
 * the node already holds: a copy of the words would double what every clause stores and every
 * load sends. A paragraph or item whose words are not found in that text keeps them as `text`
 * instead, so nothing is lost whatever the parser returns.
 */
export interface StoredPart {
  readonly label: string | null;
  /** [start, end) in the clause's `text`; absent when `text` is given. */
  readonly at?: readonly [number, number];
  readonly text?: string;
  readonly span: readonly [number, number];
}

export interface StoredParagraph extends StoredPart {
  readonly items: readonly StoredPart[];
}

/** The words of a paragraph or item, as found in the clause text from `from` on. */
function part(clauseText: string, label: string | null, text: string, span: Span, from: number): StoredPart {
  const start = clauseText.indexOf(text, from);
  const stored = start < 0 ? { text } : { at: [start, start + text.length] as const };
  return { label, ...stored, span: [span.start, span.end] };
}

/** The JSON stored on a Clause node for its paragraphs and items. */
export function encodeParagraphs(clause: Pick<Clause, 'text' | 'paragraphs'>): string {
  let from = 0;
  const paragraphs = clause.paragraphs.map((p): StoredParagraph => {
    const paragraph = part(clause.text, p.label, p.text, p.span, from);
    // Items are read inside their paragraph, so look for them there first.
    let itemFrom = paragraph.at?.[0] ?? 0;
    const items = p.items.map((i) => {
      const item = part(clause.text, i.label, i.text, i.span, itemFrom);
      if (item.at) itemFrom = item.at[0];
      return item;
    });
    if (paragraph.at) from = paragraph.at[0];
    return { ...paragraph, items };
  });
  return JSON.stringify(paragraphs);
}

/** A stored paragraph or item's label, words and span, as the parser gave them. */
export interface ReadPart {
  readonly label: string | null;
  readonly text: string;
  readonly span: Span;
}

/** Reads the stored JSON back against the clause's text (the inverse of encodeParagraphs). */
export function decodeParagraphs(
  clauseText: string,
  json: string,
): (ReadPart & { readonly items: readonly ReadPart[] })[] {
  const read = (p: StoredPart): ReadPart => ({
    label: p.label,
    text: p.at ? clauseText.slice(p.at[0], p.at[1]) : (p.text ?? ''),
    span: { start: p.span[0], end: p.span[1] },
  });
  return (JSON.parse(json) as StoredParagraph[]).map((p) => ({ ...read(p), items: p.items.map(read) }));
}
