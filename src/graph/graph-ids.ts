import { createHash } from 'node:crypto';

/**
 * Stable string ids, the handles the API looks nodes up by. Shared entities take theirs from
 * their identity key, so the same institution, official or decree gets the same id in every
 * database that loads the same texts. Keys of institutions and officials are lower-case words
 * separated by single spaces (parsing/identity.ts), so turning spaces into '-' loses nothing.
 */
export function institutionId(key: string): string {
  return `institution:${key.replace(/ /g, '-')}`;
}

export function officialId(key: string): string {
  return `official:${key.replace(/ /g, '-')}`;
}

/** Instrument keys ("KEPUTUSAN_PRESIDEN||171/TPA|2020") are kept as printed: they are readable and unique. */
export function decreeId(key: string): string {
  return `decree:${key}`;
}

/**
 * An agreement's id is fixed when it is first created, from the identity key it had then (its
 * numbers, or its parties and date), hashed because numbers are long and full of '/'. An edited
 * version keeps the id of the agreement it replaces, so links from outside stay valid.
 */
export function agreementId(identityKey: string): string {
  return `agreement:${sha256(identityKey).slice(0, 16)}`;
}

export function sourceDocumentId(contentHash: string): string {
  return `source:${contentHash}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
