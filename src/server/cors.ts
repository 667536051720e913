import type http from 'node:http';

// What a browser dashboard on an allowed origin may send: JSON bodies, the Bearer token for
// mutations, and the headers Apollo's CSRF prevention accepts in place of a preflighted type.
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * CORS for the origins in CORS_ORIGINS (none by default). An allowed origin gets
 * Access-Control-Allow-Origin on every answer and its preflight is answered here with 204; any
 * other origin gets no CORS header at all, so the browser keeps the answer from its script. This
 * only relaxes the browser's same-origin rule: Apollo's CSRF prevention still refuses "simple"
 * cross-site requests (text/plain or form bodies, GETs without a preflight header) from any origin.
 *
 * Returns true when the request was a preflight and has been answered.
 */
export function handleCors(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  allowedOrigins: readonly string[],
): boolean {
  const origin = req.headers.origin;
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (origin === undefined || allowedOrigins.length === 0) {
    if (preflight) refusePreflight(res, origin);
    return preflight;
  }
  // The answer depends on Origin, so a shared cache must not hand one origin's answer to another.
  res.setHeader('vary', 'Origin');
  const allowed = allowedOrigins.includes('*') || allowedOrigins.includes(origin);
  if (!allowed) {
    if (preflight) refusePreflight(res, origin);
    return preflight;
  }
  res.setHeader('access-control-allow-origin', allowedOrigins.includes('*') ? '*' : origin);
  if (!preflight) return false;
  res.writeHead(204, {
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': PREFLIGHT_MAX_AGE_SECONDS,
  });
  res.end();
  return true;
}

/** No CORS headers, so the browser blocks the request; the body tells a developer why. */
function refusePreflight(res: http.ServerResponse, origin: string | undefined): void {
  res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' }).end(
    JSON.stringify({
      error: `origin ${origin ?? '(none)'} is not allowed: add it to CORS_ORIGINS (comma-separated, e.g. https://dashboard.example.go.id)`,
    }),
  );
}
