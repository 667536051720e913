import type http from 'node:http';
import type { GraphDatabase } from '../../graph/driver.js';
import { agreementsById } from '../../graph/read/entity-queries.js';
import { ErrorCode } from '../../graphql/error-code.js';
import type { DocumentMediaType } from '../../intake/read-document.js';
import { AgreementLoadError, documentInput, loadAgreement } from '../../ingest/load-agreement.js';
import type { Logger } from '../../support/logger.js';
import { DEFAULT_MAX_UPLOAD_BYTES, type Config } from '../config.js';

export const DOCUMENTS_PATH = '/documents';

const MEDIA_TYPES: readonly DocumentMediaType[] = ['application/pdf', 'text/plain', 'text/markdown'];

export interface DocumentRouteDeps {
  readonly db: GraphDatabase;
  readonly log: Logger;
  readonly config: Pick<Config, 'apiToken'> & Partial<Pick<Config, 'maxUploadBytes'>>;
  /** Whether the request carries `Authorization: Bearer <API_TOKEN>` (checked by the server). */
  readonly authorized: boolean;
}

/**
 * `POST /documents`: one agreement document as the raw request body (a PDF, or a text), loaded
 * exactly as the ingestAgreement mutation loads a text, and answered with the same IngestResult
 * JSON: `{ status, agreement, warnings }`. A PDF does not travel well in a GraphQL string (base64
 * adds a third and the whole file sits in one JSON value), hence a plain upload route.
 *
 * The rules are the mutation's: the Bearer token is required (so no cross-site form can post
 * here: a browser cannot add an Authorization header without a CORS preflight), anything that
 * is not an agreement is refused with a reason and changes nothing. The file name shown as the
 * source comes from `?name=`, else `Content-Disposition: …; filename="…"`.
 */
export async function handleDocumentUpload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  deps: DocumentRouteDeps,
): Promise<void> {
  const limit = deps.config.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const access = accessRefusal(req, res, deps);
  if (access) return refuse(req, res, access.status, access.message);
  const mediaType = uploadMediaType(req);
  if (typeof mediaType !== 'string') return refuse(req, res, 415, mediaType.message);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return refuse(req, res, 413, `document is ${declared} bytes; the limit is ${limit} (MAX_UPLOAD_BYTES)`);
  }
  const bytes = await readUpTo(req, limit);
  if (bytes === null) return refuse(req, res, 413, `document over ${limit} bytes (MAX_UPLOAD_BYTES)`);
  if (bytes.length === 0)
    return refuse(req, res, 400, 'the request body is empty: send the document as the body');
  await loadUpload(
    res,
    deps,
    bytes,
    sourceName(url, req.headers['content-disposition'], mediaType),
    mediaType,
  );
}

interface Refusal {
  readonly status: number;
  readonly message: string;
}

/** POST only, and only with the server's token (403 when it has none, 401 without it). */
function accessRefusal(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: DocumentRouteDeps,
): Refusal | null {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return { status: 405, message: `${DOCUMENTS_PATH} takes POST with the document as the body` };
  }
  if (!deps.config.apiToken) {
    return {
      status: 403,
      message:
        'uploads are disabled: start the server with API_TOKEN set, then send Authorization: Bearer <API_TOKEN>',
    };
  }
  if (!deps.authorized) {
    res.setHeader('www-authenticate', 'Bearer');
    return { status: 401, message: 'uploads need the header Authorization: Bearer <API_TOKEN>' };
  }
  return null;
}

/** The document's media type from Content-Type; a text must be UTF-8. Else why not (415). */
function uploadMediaType(req: http.IncomingMessage): DocumentMediaType | { message: string } {
  const [type = '', ...params] = (req.headers['content-type'] ?? '')
    .split(';')
    .map((p) => p.trim().toLowerCase());
  const mediaType = MEDIA_TYPES.find((t) => t === type);
  if (!mediaType) {
    return { message: `Content-Type must be one of ${MEDIA_TYPES.join(', ')} (got ${type || 'none'})` };
  }
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (mediaType !== 'application/pdf' && charset && charset !== 'utf-8' && charset !== 'utf8') {
    return { message: `text must be UTF-8 (got charset=${charset})` };
  }
  return mediaType;
}

/**
 * Loads the document as the ingestAgreement mutation does and answers its IngestResult: 201
 * CREATED, 200 UPDATED or UNCHANGED; 422 BAD_AGREEMENT_TEXT with the parser's reason for what
 * is not an agreement, 501 for a scan while OCR is not installed (the server's shortfall).
 */
async function loadUpload(
  res: http.ServerResponse,
  { db, log }: DocumentRouteDeps,
  bytes: Buffer,
  name: string,
  mediaType: DocumentMediaType,
): Promise<void> {
  try {
    const result = await loadAgreement(db, documentInput(bytes, name, mediaType));
    const [agreement] = await agreementsById(db, [result.agreementId]);
    log.info('document uploaded', {
      name,
      bytes: bytes.length,
      status: result.status,
      agreementId: result.agreementId,
    });
    sendJson(res, result.status === 'CREATED' ? 201 : 200, {
      status: result.status,
      agreement: agreement ?? null,
      warnings: result.warnings,
    });
  } catch (error) {
    if (!(error instanceof AgreementLoadError)) throw error;
    const status = error.code === 'OCR_UNAVAILABLE' ? 501 : 422;
    log.info('document refused', { name, code: error.code });
    sendJson(res, status, { error: error.message, code: ErrorCode.BAD_AGREEMENT_TEXT, reason: error.code });
  }
}

/** The body, or null as soon as it passes `limit` bytes (the rest is not read into memory). */
async function readUpTo(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A plain file name (no folders, at most 200 characters), from ?name= or Content-Disposition. */
function sourceName(url: URL, disposition: string | undefined, mediaType: DocumentMediaType): string {
  const fromHeader = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] : undefined;
  const raw = url.searchParams.get('name') ?? (fromHeader ? safeDecode(fromHeader) : '');
  const base = [...(raw.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20)
    .join('')
    .trim()
    .slice(0, 200);
  if (base) return base;
  return mediaType === 'application/pdf'
    ? 'upload.pdf'
    : mediaType === 'text/markdown'
      ? 'upload.md'
      : 'upload.txt';
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Answers with the error, and drains what the client is still sending so the answer reaches it. */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: number, error: string): void {
  res.setHeader('connection', 'close');
  sendJson(res, status, { error });
  req.resume();
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
