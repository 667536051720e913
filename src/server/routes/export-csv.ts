import type http from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { ErrorCode, HTTP_STATUS, isErrorCode } from '../../graphql/error-code.js';
import { isIsoDate } from '../../graphql/scalars/date.scalar.js';
import { AgreementKind, StatsGroupBy } from '../../graphql/types/enums.js';

/**
 * CSV downloads of the dashboard rows, for spreadsheet users:
 *
 *   GET /export/agreement-stats.csv?groupBy=AGENCY&thenBy=YEAR&activeOn=2026-09-01
 *   GET /export/signings-by-month.csv?from=2022-01-01&to=2025-12-31
 *   GET /export/expirations-by-month.csv?from=2026-01-01&to=2026-12-31&agencyId=…
 *
 * Each export runs a fixed GraphQL operation through the same Apollo server, context and
 * plugins as POST /graphql, with the query-string parameters as its variables. So a CSV
 * answers exactly what the GraphQL query answers, checked by the same validation, limits and
 * authorisation (the Authorization header is passed on), and no Cypher lives here. A parameter
 * the export does not know, given twice or of the wrong form is answered 400 with a plain
 * message before anything runs; what GraphQL refuses is answered with its message and status.
 */

/** Runs one GraphQL request as POST /graphql would (create-server.ts supplies it). */
export type ExecuteGraphQL = (request: HTTPGraphQLRequest) => Promise<HTTPGraphQLResponse>;

export const EXPORT_PATH_PREFIX = '/export/';

/** The stats filter's fields, each a query-string parameter of every export. */
const FILTER_PARAMS = [
  'agencyId',
  'institutionId',
  'officialId',
  'kind',
  'signedFrom',
  'signedTo',
  'activeOn',
] as const;

/**
 * The form of each parameter that is not free text, checked here so a mistake is answered with
 * the allowed values before GraphQL sees it (IDs are any text: an unknown one matches nothing).
 */
const PARAM_FORMS: Readonly<Record<string, readonly string[] | 'date' | 'whole'>> = {
  groupBy: Object.keys(StatsGroupBy),
  thenBy: Object.keys(StatsGroupBy),
  kind: Object.keys(AgreementKind),
  signedFrom: 'date',
  signedTo: 'date',
  activeOn: 'date',
  from: 'date',
  to: 'date',
  first: 'whole',
};

/** Why `value` is not of `key`'s form, or null when it is. */
function formError(key: string, value: string): string | null {
  const form = PARAM_FORMS[key];
  if (form === 'date') {
    return isIsoDate(value)
      ? null
      : `${key} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`;
  }
  if (form === 'whole') {
    return /^\d{1,6}$/.test(value)
      ? null
      : `${key} must be a whole number (1..100), got ${JSON.stringify(value)}`;
  }
  if (form && !form.includes(value))
    return `${key} must be one of ${form.join(', ')}; got ${JSON.stringify(value)}`;
  return null;
}

/** Groupings whose rows carry the id of what they count. */
const WITH_ID = new Set(['AGENCY', 'INSTITUTION', 'SIGNATORY']);

type Row = Record<string, unknown>;

interface CsvExport {
  /** Parameters besides the filter's, with whether they are required. */
  readonly params: Readonly<Record<string, 'required' | 'optional'>>;
  /** Operation whose variables are the parameters (filter fields gathered into `filter`). */
  readonly query: string;
  /** The root field of the answer, a list of flat rows. */
  readonly field: string;
  /** Header row and the cells of each row, from the parameters given. */
  columns(params: Readonly<Record<string, string>>): { header: string[]; cells(row: Row): unknown[] };
  /** File name for Content-Disposition, from the parameters given. */
  fileName(params: Readonly<Record<string, string>>): string;
}

const STATS_QUERY = `query AgreementStatsCsv($groupBy: StatsGroupBy!, $thenBy: StatsGroupBy, $filter: AgreementStatsFilter, $first: Int) {
  agreementStats(groupBy: $groupBy, thenBy: $thenBy, filter: $filter, first: $first) { key id thenKey thenId count }
}`;

const monthSeries = (field: string): CsvExport => ({
  params: { from: 'required', to: 'required' },
  query: `query MonthSeriesCsv($from: Date!, $to: Date!, $filter: AgreementStatsFilter) {
  ${field}(from: $from, to: $to, filter: $filter) { month count }
}`,
  field,
  columns: () => ({ header: ['month', 'count'], cells: (row) => [row.month, row.count] }),
  fileName: (p) => `${kebab(field)}-${p.from}-${p.to}.csv`,
});

export const CSV_EXPORTS: Readonly<Record<string, CsvExport>> = {
  'agreement-stats.csv': {
    params: { groupBy: 'required', thenBy: 'optional', first: 'optional' },
    query: STATS_QUERY,
    field: 'agreementStats',
    columns(p) {
      const keys = [p.groupBy!, ...(p.thenBy ? [p.thenBy] : [])];
      const header = keys.flatMap((k) => [
        k.toLowerCase(),
        ...(WITH_ID.has(k) ? [`${k.toLowerCase()}_id`] : []),
      ]);
      return {
        header: [...header, 'count'],
        cells: (row) => [
          row.key,
          ...(WITH_ID.has(keys[0]!) ? [row.id] : []),
          ...(keys[1] ? [row.thenKey, ...(WITH_ID.has(keys[1]) ? [row.thenId] : [])] : []),
          row.count,
        ],
      };
    },
    fileName: (p) => `agreement-stats-${[p.groupBy, p.thenBy].filter(Boolean).join('-').toLowerCase()}.csv`,
  },
  'signings-by-month.csv': monthSeries('signingsByMonth'),
  'expirations-by-month.csv': monthSeries('expirationsByMonth'),
};

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A text starting with = + - @ (or a tab or carriage return) is what a spreadsheet runs as a
 * formula; such a cell gets a leading apostrophe, as OWASP advises against CSV injection, since
 * names come from ingested texts. Null is an empty field.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines joined by CRLF, as RFC 4180 writes them, ending with one. */
export function csvText(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}

function sendText(
  res: http.ServerResponse,
  status: number,
  message: string,
  extra: http.OutgoingHttpHeaders = {},
) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...extra }).end(`${message}\n`);
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Answers GET (or HEAD) /export/<name>.csv; 404 naming the exports for any other name. */
export async function exportCsv(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  execute: ExecuteGraphQL,
): Promise<void> {
  const name = url.pathname.slice(EXPORT_PATH_PREFIX.length);
  const spec = Object.hasOwn(CSV_EXPORTS, name) ? CSV_EXPORTS[name] : undefined;
  if (!spec) {
    const names = Object.keys(CSV_EXPORTS).map((n) => EXPORT_PATH_PREFIX + n);
    sendText(res, 404, `no export ${url.pathname}; the exports are ${names.join(', ')}`);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, `${url.pathname} answers GET only`, { allow: 'GET, HEAD' });
    return;
  }
  const params = readParams(url, name, spec);
  if (typeof params === 'string') {
    sendText(res, 400, params);
    return;
  }
  const response = await execute(graphQLRequest(req, spec, params));
  const body = await readBody(response);
  const rows = body.data?.[spec.field];
  if (body.errors?.length || !Array.isArray(rows)) {
    sendFailure(res, response.status, body.errors ?? []);
    return;
  }
  sendCsv(req, res, spec, params, rows as Row[]);
}

/**
 * The query-string parameters, checked: each known to this export, given once, the required
 * ones present and each of its form; or the message saying what is wrong.
 */
function readParams(url: URL, name: string, spec: CsvExport): Record<string, string> | string {
  const known = [...Object.keys(spec.params), ...FILTER_PARAMS];
  const params: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!known.includes(key)) {
      return `unknown parameter ${JSON.stringify(key)}; ${url.pathname} takes ${known.join(', ')}`;
    }
    if (key in params) return `parameter ${key} is given twice; give it once`;
    params[key] = value;
  }
  const missing = Object.keys(spec.params).filter((k) => spec.params[k] === 'required' && !params[k]);
  if (missing.length) {
    return `missing parameter ${missing.join(', ')}; e.g. ${exampleOf(url.pathname, name)}`;
  }
  for (const [key, value] of Object.entries(params)) {
    const error = formError(key, value);
    if (error) return error;
  }
  return params;
}

/**
 * The request as a GraphQL client would send it: the caller's headers (Authorization, …), JSON
 * in and out, the parameters as variables (the filter's gathered into `filter`).
 */
function graphQLRequest(
  req: http.IncomingMessage,
  spec: CsvExport,
  params: Readonly<Record<string, string>>,
): HTTPGraphQLRequest {
  const variables: Record<string, unknown> = {};
  const filter: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if ((FILTER_PARAMS as readonly string[]).includes(key)) filter[key] = value;
    else variables[key] = key === 'first' ? Number(value) : value;
  }
  if (Object.keys(filter).length) variables.filter = filter;
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined && key !== 'content-length') {
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json');
  return { method: 'POST', headers, search: '', body: { query: spec.query, variables } };
}

/**
 * A refusal of ours (any code but INTERNAL_SERVER_ERROR) passes its message on, with the status
 * GraphQL gave it or, for a field error answered with 200, the status its code stands for.
 * Anything else is 500 "internal error": the log has the detail.
 */
function sendFailure(
  res: http.ServerResponse,
  graphQLStatus: number | undefined,
  errors: NonNullable<GraphQLBody['errors']>,
): void {
  const codes = errors.map((e) => e.extensions?.code);
  const known = codes.filter(isErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR);
  if (codes.length === 0 || known.length !== codes.length) {
    sendText(res, 500, 'internal error');
    return;
  }
  const status = (graphQLStatus ?? 0) >= 400 ? graphQLStatus! : HTTP_STATUS[known[0]!];
  sendText(res, status, errors.map((e) => e.message).join('\n'));
}

function sendCsv(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  spec: CsvExport,
  params: Readonly<Record<string, string>>,
  rows: readonly Row[],
): void {
  const { header, cells } = spec.columns(params);
  const csv = csvText(header, rows.map(cells));
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8; header=present',
    'content-disposition': `attachment; filename="${spec.fileName(params).replace(/[^\w.-]/g, '_')}"`,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(csv),
  });
  res.end(req.method === 'HEAD' ? undefined : csv);
}

function exampleOf(path: string, name: string): string {
  return name === 'agreement-stats.csv'
    ? `${path}?groupBy=AGENCY&thenBy=YEAR`
    : `${path}?from=2022-01-01&to=2025-12-31`;
}

async function readBody(response: HTTPGraphQLResponse): Promise<GraphQLBody> {
  let text = '';
  if (response.body.kind === 'complete') text = response.body.string;
  else for await (const chunk of response.body.asyncIterator) text += chunk;
  try {
    return JSON.parse(text) as GraphQLBody;
  } catch {
    return { errors: [{ message: 'internal error' }] };
  }
}
