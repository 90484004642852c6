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
  HF_TWILIO_CONFIG: 'Twilio routes or calls need a setting that is missing (TWILIO_AUTH_TOKEN, TWILIO_ACCOUNT_SID, TWILIO_FROM, PUBLIC_URL).',
  HF_TWILIO_SIGNATURE: 'A Twilio webhook has a missing or wrong X-Twilio-Signature; it was refused (403) and nothing was read or written.',
  HF_TWILIO_REQUEST: 'A request to the Twilio REST API failed (details.providerCode has Twilio\'s error code, e.g. 21610 opted out).',
  HF_CONTACT_REFUSED: 'The customer is on the do-not-contact list or has no phone number: no call or message was made.',
  HF_TTS_FAILED: 'Speech synthesis (Azure Speech REST) failed; the prompt is spoken by <Say> instead.',
  HF_AUTH_REQUIRED: 'The request needs a signed-in workspace session (cookie missing, unknown or expired): 401.',
  HF_AUTH_FAILED: 'Sign-in refused: wrong username or password (the answer does not say which): 401.',
  HF_AUTH_LOCKED: 'Sign-in locked: 10 failed sign-ins for this user name within 15 minutes (on any server node, from any address), or too many sign-in requests from one client address; try again after Retry-After seconds: 429.',
  HF_FORBIDDEN: "The signed-in user's role or tenant does not allow this (e.g. an agent revealing a number): 403.",
  HF_CSRF: 'A state-changing request lacks the X-CSRF-Token header of its session, or it does not match: 403.',
  HF_NOT_FOUND: 'No such call, task or user in the tenants the user may see: 404.',
  HF_ANONYMOUS: 'The customer is an anonymous complainant (003 八.5(8)): name and number are shown to no one: 403.',
  HF_RECORDING_UNAVAILABLE: 'The call has no recording, or it cannot be fetched (file missing, Twilio credentials unset): 404/502.',
  HF_LISTEN_UNAVAILABLE: 'Listening in is not possible: the call is not (or no longer) in a live Twilio conference, Twilio is not configured, or the supervisor has no phone number: 409.',
  HF_WORK_ORDER_INVALID: 'A work order sent to the intake (API or import) is malformed; the answer names its line and field, never a phone number.',
  HF_API_KEY_INVALID: 'The work-order API needs the tenant API key (X-Api-Key or Authorization: Bearer); it is missing or wrong: 401.',
  HF_INTAKE_TOO_LARGE: 'A work-order request is over the limits (10 MB body, 5,000 orders per batch): 413.',
  HF_PORT_IN_USE: 'The address and port a command was told to listen on are taken by another process: stop it, or choose another with --port.',
  HF_TENANT_INVALID: 'A tenant setting given by `huifang tenant` or the workspace is malformed (id, name, time zone, calling hours or days, holidays file, write-back); the message names the option or field, and the line of a holidays file: 400.',
  HF_TENANT_EXISTS: 'A tenant with that id exists already (`huifang tenant set` changes it): 409.',
  HF_SERVER_LISTEN: 'The HTTP server cannot listen on its address: a port below 1024 is not allowed, or the host is not an address of this machine (a port in use is HF_PORT_IN_USE).',
  HF_WORKER_CANNOT_RUN: '`huifang worker` cannot run: it has no way to dial (Twilio settings missing); it exits instead of waiting.',
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
