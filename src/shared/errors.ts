/**
 * The one catalogue of Huifang's error codes. Every error a user, an operator or an
 * integrator can see carries one of these codes; docs/errors.md documents each one and a
 * test keeps the two in step.
 */
export const ERROR_CATALOGUE = {
  HF_DIALOG_SCHEMA: 'A dialog script does not match the schema.',
  HF_DIALOG_LINT: 'A dialog script breaks a lint rule (reachability, endings, escalation, wording).',
  HF_DIALOG_NOT_FOUND: 'No dialog with that id.',
  HF_SESSION_INVALID: 'A persisted session does not belong to this dialog version or is malformed.',
  HF_SESSION_ENDED: 'The session has already ended; the input was ignored.',
  HF_INPUT_INVALID: 'An engine input is malformed.',
  HF_CLI_USAGE: 'A command-line argument is missing or wrong.',
  HF_BAD_REQUEST: 'An HTTP request is malformed (body, parameters or headers).',
  HF_INTERNAL: 'An unexpected server error; the details are in the server log.',
  HF_CONFIG_INVALID: 'An environment variable has a value Huifang cannot use.',
  HF_PHONE_INVALID: 'A phone number cannot be read as an E.164 number.',
  HF_STORE_OPEN: 'The database could not be opened (data directory or DATABASE_URL).',
  HF_STORE_MIGRATION: 'A schema migration failed, or an applied migration file was changed afterwards.',
  HF_STORE_CONFLICT: 'Another writer saved this session first (version conflict); reload and retry.',
  HF_STORE_NOT_FOUND: 'The referenced row (tenant, work order, callback, attempt) does not exist.',
  HF_STORE_INVALID: 'A value given to the store is malformed or not allowed (e.g. an unknown status).',
  HF_WRITEBACK_CONFIG: "A tenant's write-back endpoint or secret is missing or malformed.",
  HF_WRITEBACK_REFUSED: 'A write-back address is private, loopback or link-local and the tenant does not allow that.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An error with a catalogue code and, where it helps, the place it was found. */
export class HuifangError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  /** The HTTP status an API answers with for this error (default 400). */
  readonly httpStatus: number | undefined;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, httpStatus?: number) {
    super(message);
    this.name = 'HuifangError';
    this.code = code;
    this.details = details;
    this.httpStatus = httpStatus;
  }
  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** Add codes from another module's part of the catalogue (keeps one namespace, one doc). */
export function isHuifangError(e: unknown): e is HuifangError {
  return e instanceof HuifangError;
}
