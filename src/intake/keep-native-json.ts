/**
 * V8's own JSON functions, taken before pdf.js loads (extract-pdf-text.ts imports this module
 * first, so it is evaluated first). pdf.js's legacy build, the one for Node, bundles core-js,
 * which on Node 20 (no `JSON.rawJSON`) replaces `JSON.stringify` and `JSON.parse` for the whole
 * process with spec polyfills: stringify became about 17 times slower (200,000 small objects:
 * 194 ms before the import, 3,292 ms after), and every GraphQL response and, on ingest, every
 * clause's paragraphs went through it. The polyfills only add `JSON.rawJSON` and the reviver's
 * source text, which nothing here uses, so V8's are put back right after the import.
 *
 * core-js also replaces `Array.prototype.push` (V8 before 12.1 throws the wrong error when
 * pushing onto an array whose length was made read-only): every push in the process, the
 * driver's record decoding and graphql-js's execution included, became a JavaScript function
 * of five calls, several times slower than V8's builtin, for an edge case nothing here meets.
 * It is put back with the JSON functions (docs/request-overhead.md).
 */
const nativeStringify = JSON.stringify;
const nativeParse = JSON.parse;
const nativePush = Array.prototype.push;

/** Puts V8's JSON.stringify, JSON.parse and Array.prototype.push back (call after importing pdf.js). */
export function restoreNativeJson(): void {
  JSON.stringify = nativeStringify;
  JSON.parse = nativeParse;
  Array.prototype.push = nativePush;
}
