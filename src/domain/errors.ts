// The error codes of the API contract. The domain and the services throw DomainError;
// the GraphQL layer turns it into a GraphQL error with extensions.code. Anything else
// that escapes is unexpected: masked for the client, logged for us.

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNBALANCED',
  'CURRENCY_MISMATCH',
  'LIMIT_EXCEEDED',
  'PERIOD_CLOSED',
  'IDEMPOTENCY_KEY_REUSED',
  'VERSION_CONFLICT',
  'INVALID_STATE',
  'ALREADY_REVERSED',
  'SELF_APPROVAL',
  'OVER_ALLOCATION',
  'CATEGORY_DOUBLE_COUNT',
  'CATEGORY_CYCLE',
  'BATCH_ABORTED',
  'RATE_LIMITED',
  'OVERLOADED',
  'PAYLOAD_TOO_LARGE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  /** Machine-readable details for extensions (e.g. { available: "12.00", field: "lines[1].net" }). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export const badInput = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const tooLarge = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('PAYLOAD_TOO_LARGE', message, details);
export const notFound = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('NOT_FOUND', message, details);
