import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` this API answers with, and so the whole list a client may switch on
 * (README "Error codes"). Apollo Server's own codes keep Apollo's spelling, which Apollo
 * clients already know; the others are ours. Nothing else in src/ writes a code as a string,
 * so a code cannot drift between the resolver, the limits plugin and the HTTP routes.
 */
export enum ErrorCode {
  /** The document is not GraphQL, or is over the token limit (Apollo). */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The document asks for something the schema does not have (Apollo). */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** An argument or variable the API cannot use; `argumentName` says which, when one does (Apollo). */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** `first` outside 1..MAX_PAGE_SIZE, on any list field. */
  PAGE_SIZE_OUT_OF_RANGE = 'PAGE_SIZE_OUT_OF_RANGE',
  /** More root fields (aliases counting) than MAX_ROOT_FIELDS. */
  TOO_MANY_ROOT_FIELDS = 'TOO_MANY_ROOT_FIELDS',
  /** Nested deeper than MAX_DEPTH. */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** Costlier than MAX_COMPLEXITY, or expanding to too many fields. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Introspection beyond what the standard introspection query asks. */
  INTROSPECTION_TOO_COMPLEX = 'INTROSPECTION_TOO_COMPLEX',
  /** The request needs more database statements than MAX_STATEMENTS_PER_REQUEST. */
  TOO_MANY_STATEMENTS = 'TOO_MANY_STATEMENTS',
  /** The client address is over RATE_LIMIT_PER_SECOND; `Retry-After` says when to come back. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A mutation without the server's Bearer token (Apollo). */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A mutation on a server with no API_TOKEN: mutations are off (Apollo). */
  FORBIDDEN = 'FORBIDDEN',
  /** The text or file is not an agreement the parser can read; `reason` gives the parser's code. */
  BAD_AGREEMENT_TEXT = 'BAD_AGREEMENT_TEXT',
  /** The graph database is not reachable or asked to retry; the same request can succeed later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** A bug of ours; report it with `extensions.requestId` (Apollo). */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** An HTTP request that is not a GraphQL request, or one CSRF prevention refuses (Apollo). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** `operationName` names no operation of the document (Apollo). */
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /** An automatic persisted query's hash is not known yet: send the query with it (Apollo). */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /** Persisted queries are off on this server (Apollo). */
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
}

/**
 * The HTTP status each code gets where the answer is not a GraphQL response (the CSV exports),
 * and the one a refusal before execution gets. A code raised by a resolver during execution
 * keeps Apollo's 200 with partial data unless its class says otherwise (see below).
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.GRAPHQL_PARSE_FAILED]: 400,
  [ErrorCode.GRAPHQL_VALIDATION_FAILED]: 400,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.PAGE_SIZE_OUT_OF_RANGE]: 400,
  [ErrorCode.TOO_MANY_ROOT_FIELDS]: 400,
  [ErrorCode.QUERY_TOO_DEEP]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.INTROSPECTION_TOO_COMPLEX]: 400,
  [ErrorCode.TOO_MANY_STATEMENTS]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_AGREEMENT_TEXT]: 422,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.OPERATION_RESOLUTION_FAILURE]: 400,
  [ErrorCode.PERSISTED_QUERY_NOT_FOUND]: 400,
  [ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: 400,
};

const CODES = new Set<string>(Object.values(ErrorCode));

/** Whether `code` (from a response, a log line) is one of ours. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && CODES.has(code);
}

/** Extensions a refusal may carry besides its code. */
export interface RefusalExtensions {
  /** The argument at fault, as the client wrote its path (`first`, `filter.text`). */
  readonly argumentName?: string;
  /** A finer reason the client can act on (the parser's code for BAD_AGREEMENT_TEXT). */
  readonly reason?: string;
  /**
   * HTTP status for the whole response. Apollo applies it even to a resolver's error, so it is
   * set only where a refusal is the request's fault as a whole (before execution, or on a
   * mutation), never to turn a field error among answered fields into a failed request.
   */
  readonly httpStatus?: number;
}

/**
 * A refusal with a code from ErrorCode: the base of the small classes below, as Apollo Server's
 * internal error classes share theirs. `name` is the class's, so logs say what was refused.
 */
export class CodedError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: RefusalExtensions = {}) {
    const { httpStatus, ...rest } = extensions;
    super(message, {
      extensions: { code, ...rest, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
    this.name = new.target.name;
  }
}

/** An argument the API cannot use (BAD_USER_INPUT), naming it when one argument is at fault. */
export class BadUserInputError extends CodedError {
  constructor(message: string, options: { argumentName?: string; httpStatus?: number } = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, options);
  }
}

/**
 * `first` outside 1..max on any list field (PAGE_SIZE_OUT_OF_RANGE, HTTP 400): one code and one
 * message whether the limits plugin refuses it before execution (the usual case, literals and
 * variables alike) or a resolver does (a call that bypassed the plugin).
 */
export class PageSizeError extends CodedError {
  constructor(
    readonly value: number,
    readonly max: number,
    fieldName?: string,
    argumentName = 'first',
  ) {
    const where = fieldName ? `${fieldName}(${argumentName}: ${value})` : `${argumentName}: ${value}`;
    super(
      `${where} is outside 1..${max}; ask for at most ${max} (a connection pages on with 'after')`,
      ErrorCode.PAGE_SIZE_OUT_OF_RANGE,
      { argumentName, httpStatus: 400 },
    );
  }
}

/** The refusals of the limits plugin, decided on the document before any resolver runs. */
export type RequestShapeCode =
  | ErrorCode.TOO_MANY_ROOT_FIELDS
  | ErrorCode.QUERY_TOO_DEEP
  | ErrorCode.QUERY_TOO_COMPLEX
  | ErrorCode.INTROSPECTION_TOO_COMPLEX;

/** An operation too large in one way or another (HTTP 400): the message says what to ask less of. */
export class RequestShapeError extends CodedError {
  constructor(message: string, code: RequestShapeCode) {
    super(message, code, { httpStatus: 400 });
  }
}

/** The request reached MAX_STATEMENTS_PER_REQUEST; the next statement is refused, not sent. */
export class TooManyStatementsError extends CodedError {
  constructor(readonly limit: number) {
    super(
      `this request needs more than ${limit} database statements (MAX_STATEMENTS_PER_REQUEST); split it into smaller requests`,
      ErrorCode.TOO_MANY_STATEMENTS,
    );
  }
}

/** A mutation without the configured token (HTTP 401). */
export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super(message, ErrorCode.UNAUTHENTICATED, { httpStatus: 401 });
  }
}

/** A mutation on a server where mutations are off (HTTP 403). */
export class ForbiddenError extends CodedError {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN, { httpStatus: 403 });
  }
}

/** A text that is not an agreement the parser can read; `reason` is the parser's code. */
export class BadAgreementTextError extends CodedError {
  constructor(message: string, reason: string) {
    super(message, ErrorCode.BAD_AGREEMENT_TEXT, { reason });
  }
}
