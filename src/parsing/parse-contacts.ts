import type { Contact } from '../domain/agreement.js';
import type { CleanText } from './clean-text.js';
import { labelOrdinal } from './parse-parties.js';
import type { ScannedClause } from './parse-provisions.js';
import type { ReadValue } from './read-value.js';
import { readValue } from './read-value.js';

const LABEL = /(?<!PARA\s)\bPIHAK\s+(KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|IV|V|I{1,3})\b["”]?/g;
const KEYS =
  /(?:^|[\s,])(Penanggung\s*[Jj]awab|Nama|Narahubung|Contact\s+Person|PIC|U\.?\s?p\.?|Jabatan|Alamat|No\.?\s*Telp\.?|Telp\.?|Telepon|Tel\.?|Phone|HP|Faks(?:imili)?\.?|Fax|E-?mail|Surel|Pos-el|Website|Laman)\s*:/gi;
const ADDRESS_START = /\b(?:Jalan|Jl\.?|Jln\.?|Gedung|Gd\.|Kompleks|Komplek|Kampus|Wisma|Menara|Graha)\s/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * Reads each side's contact from the correspondence article: the block after a party label
 * ("a. PIHAK KESATU" on its own line) up to the next label, with unit lines, address,
 * "Telp :", "Email :" and "Penanggung jawab :" fields.
 */
export function parseContacts(clean: CleanText, clauses: readonly ScannedClause[]): Map<number, Contact> {
  const text = clean.text;
  const out = new Map<number, Contact>();
  for (const clause of clauses) {
    if (clause.topic !== 'CORRESPONDENCE') continue;
    for (const p of clause.paragraphs) {
      const region = text.slice(p.bodyStart, p.end);
      const starts: Array<{ at: number; bodyAt: number; ordinal: number }> = [];
      LABEL.lastIndex = 0;
      for (let m = LABEL.exec(region); m; m = LABEL.exec(region)) {
        const at = p.bodyStart + m.index;
        const bodyAt = at + m[0].length;
        if (!opensBlock(text, at, p.bodyStart, bodyAt)) continue;
        const ordinal = labelOrdinal(m[0]);
        if (ordinal !== null) starts.push({ at, bodyAt, ordinal });
      }
      for (let i = 0; i < starts.length; i++) {
        const cur = starts[i]!;
        const next = starts[i + 1];
        let end = next ? next.at : p.end;
        if (next) {
          // Drop the next block's item label ("b.") from this block.
          const lab = /(?:^|\s)(?:[a-z]|\d{1,2})[.)]\s*$/.exec(text.slice(cur.bodyAt, end));
          if (lab) end = cur.bodyAt + lab.index;
        }
        const contact = readContact(clean, cur.bodyAt, end);
        if (contact && !out.has(cur.ordinal)) out.set(cur.ordinal, contact);
      }
    }
  }
  return out;
}

/** A label opens a contact block when it stands at a line start, after an item label or ":". */
function opensBlock(text: string, at: number, regionStart: number, after: number): boolean {
  let j = at - 1;
  let newline = false;
  while (j >= regionStart && (text[j] === ' ' || text[j] === '\n')) {
    if (text[j] === '\n') newline = true;
    j--;
  }
  if (j >= regionStart && !newline) {
    const prevToken = /\S+$/.exec(text.slice(Math.max(regionStart, j - 80), j + 1))?.[0] ?? '';
    // After an item label ("a."), a colon, or the last field of the previous block.
    if (!/^(?:[a-z]|\d{1,2})[.)]$|:$|@|\d$|^-$/.test(prevToken)) return false;
  }
  return /^\s*[,:]?\s*(?:\n|[A-Z(]|$)/.test(text.slice(after, after + 40));
}

function readContact(clean: CleanText, start: number, end: number): Contact | null {
  const text = clean.text;
  const region = text.slice(start, end);
  const keys: Array<{ name: string; at: number; valueAt: number }> = [];
  KEYS.lastIndex = 0;
  for (let m = KEYS.exec(region); m; m = KEYS.exec(region)) {
    keys.push({
      name: m[1]!.toLowerCase().replace(/\s+/g, ' '),
      at: m.index + m[0].indexOf(m[1]!),
      valueAt: m.index + m[0].length,
    });
  }
  const value = (k: number): ReadValue => {
    const key = keys[k]!;
    const stop = keys[k + 1]?.at ?? region.length;
    return readValue(clean, start + key.valueAt, start + stop);
  };
  let unit: ReadValue | null = null;
  let person: ReadValue | null = null;
  let address: ReadValue | null = null;
  let phone: ReadValue | null = null;
  let email: ReadValue | null = null;
  keys.forEach((key, k) => {
    const v = value(k);
    const n = key.name;
    if (/^(?:penanggung ?jawab|nama|narahubung|contact person|pic|u\.? ?p\.?)$/.test(n)) person ??= v;
    else if (n === 'alamat') address ??= v;
    else if (/^(?:no\.? ?)?telp\.?$|^telepon$|^tel\.?$|^phone$|^hp$/.test(n)) phone ??= v;
    else if (/^e-?mail$|^surel$|^pos-el$/.test(n)) {
      const em = EMAIL.exec(text.slice(v.start, v.end));
      if (em) email ??= readValue(clean, v.start + em.index, v.start + em.index + em[0].length);
    }
  });
  const prefixEnd = keys[0]?.at ?? region.length;
  const prefix = region.slice(0, prefixEnd);
  if (address === null) {
    const am = ADDRESS_START.exec(prefix);
    if (am) {
      address = readValue(clean, start + am.index, start + prefixEnd);
      unit = readValue(clean, start, start + am.index);
    } else {
      unit = readValue(clean, start, start + prefixEnd);
    }
  } else {
    unit = readValue(clean, start, start + prefixEnd);
  }
  if (email === null) {
    const em = EMAIL.exec(region);
    if (em) email = readValue(clean, start + em.index, start + em.index + em[0].length);
  }
  const norm = (v: ReadValue | null): string | null =>
    v && v.value && !/^[-–—]+$/.test(v.value) ? v.value : null;
  const contact: Contact = {
    unit: norm(unit),
    person: norm(person),
    address: norm(address),
    phone: norm(phone),
    email: norm(email),
    span: readValue(clean, start, end).span,
  };
  if (!contact.address && !contact.phone && !contact.email && !contact.person) return null;
  return contact;
}
