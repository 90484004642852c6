/**
 * The one catalogue of Huifang's error codes. Every error a user, an operator or an
 * integrator can see carries one of these codes; docs/errors.md documents each one and a
 * test keeps the two in step.
 */
/**
 * Each code: the HTTP status an API answers with for it (the same at every throw site), and
 * what it means.
 */
export const ERROR_CATALOGUE = {
  HF_DIALOG_SCHEMA: { status: 400, message: 'A dialog script does not match the schema.' },
  HF_DIALOG_LINT: { status: 400, message: 'A dialog script breaks a lint rule (reachability, endings, escalation, wording).' },
  HF_DIALOG_NOT_FOUND: { status: 404, message: 'No dialog with that id.' },
  HF_SESSION_INVALID: { status: 500, message: 'A persisted session does not belong to this dialog version or is malformed.' },
  HF_SESSION_ENDED: { status: 409, message: 'The session has already ended; the input was ignored.' },
  HF_INPUT_INVALID: { status: 400, message: 'An engine input is malformed.' },
  HF_CLI_USAGE: { status: 400, message: 'A command-line argument is missing or wrong.' },
  HF_BAD_REQUEST: { status: 400, message: 'An HTTP request is malformed (body, parameters or headers).' },
  HF_INTERNAL: { status: 500, message: 'An unexpected server error; the details are in the server log.' },
  HF_CONFIG_INVALID: { status: 503, message: 'An environment variable has a value Huifang cannot use.' },
  HF_PHONE_INVALID: { status: 400, message: 'A phone number cannot be read as an E.164 number.' },
  HF_STORE_OPEN: { status: 503, message: 'The database could not be opened (data directory or DATABASE_URL).' },
  HF_STORE_UNAVAILABLE: { status: 503, message: 'The database server refused the connection, dropped it, or did not answer within 5 s; Twilio webhooks are answered with safe TwiML meanwhile and what they carried is settled when it returns.' },
  HF_STORE_MIGRATION: { status: 500, message: 'A schema migration failed, or an applied migration file was changed afterwards.' },
  HF_STORE_CONFLICT: { status: 409, message: 'Another writer saved this session first (version conflict); reload and retry.' },
  HF_STORE_NOT_FOUND: { status: 404, message: 'The referenced row (tenant, work order, callback, attempt) does not exist.' },
  HF_STORE_INVALID: { status: 400, message: 'A value given to the store is malformed or not allowed (e.g. an unknown status).' },
  HF_TASK_TRANSITION: { status: 409, message: 'The task board does not allow this move of a task (e.g. a resolved task back to in progress).' },
  HF_WRITEBACK_CONFIG: { status: 400, message: "A tenant's write-back endpoint or secret is missing or malformed." },
  HF_WRITEBACK_REFUSED: { status: 400, message: 'A write-back address is private, loopback or link-local and the tenant does not allow that.' },
  HF_TWILIO_CONFIG: { status: 503, message: 'Twilio routes or calls need a setting that is missing (TWILIO_AUTH_TOKEN, TWILIO_ACCOUNT_SID, TWILIO_FROM, PUBLIC_URL).' },
  HF_TWILIO_SIGNATURE: { status: 403, message: 'A Twilio webhook has a missing or wrong X-Twilio-Signature; it was refused (403) and nothing was read or written.' },
  HF_TWILIO_REQUEST: { status: 502, message: 'A request to the Twilio REST API failed (details.providerCode has Twilio\'s error code, e.g. 21610 opted out).' },
  HF_ALIYUN_CONFIG: { status: 503, message: 'The Aliyun provider needs a setting that is missing (ALIYUN_ACCESS_KEY_ID, ALIYUN_ACCESS_KEY_SECRET, ALIYUN_CALLED_SHOW_NUMBER, ALIYUN_CALLBACK_TOKEN, PUBLIC_URL; for SMS ALIYUN_SMS_SIGN_NAME and the template of the dialog).' },
  HF_ALIYUN_CALLBACK_AUTH: { status: 403, message: 'An Aliyun callback (/aliyun/*) has a missing or wrong `token` query parameter or comes from an address not in ALIYUN_CALLBACK_ALLOW; it was refused (403) and nothing was read or written.' },
  HF_ALIYUN_REQUEST: { status: 502, message: "A request to the Aliyun API (SmartCall, SendSms) failed (details.providerCode has Aliyun's error code, e.g. isv.BUSINESS_LIMIT_CONTROL)." },
  HF_SMS_TEMPLATE_MISSING: { status: 409, message: 'An SMS survey cannot start on Aliyun: its dialog names no SMS template, or the template has no code in ALIYUN_SMS_TEMPLATES (no message was sent).' },
  HF_CONTACT_REFUSED: { status: 409, message: 'The customer is on the do-not-contact list or has no phone number: no call or message was made.' },
  HF_TTS_FAILED: { status: 502, message: 'Speech synthesis (Azure Speech REST) failed; the prompt is spoken by <Say> instead.' },
  HF_AUTH_REQUIRED: { status: 401, message: 'The request needs a signed-in workspace session (cookie missing, unknown or expired).' },
  HF_AUTH_FAILED: { status: 401, message: 'Sign-in refused: wrong username or password (the answer does not say which).' },
  HF_AUTH_LOCKED: { status: 429, message: 'Sign-in locked: 10 failed sign-ins for this user name within 15 minutes (on any server node, from any address), or too many sign-in requests from one client address; try again after Retry-After seconds.' },
  HF_FORBIDDEN: { status: 403, message: "The signed-in user's role or tenant does not allow this (e.g. an agent revealing a number)." },
  HF_CSRF: { status: 403, message: 'A state-changing request lacks the X-CSRF-Token header of its session, or it does not match.' },
  HF_NOT_FOUND: { status: 404, message: 'No such call, task or user in the tenants the user may see.' },
  HF_ANONYMOUS: { status: 403, message: 'The customer is an anonymous complainant (003 八.5(8)): name and number are shown to no one.' },
  HF_RECORDING_UNAVAILABLE: { status: 404, message: 'The call has no recording, or its file is missing.' },
  HF_RECORDING_FETCH_FAILED: { status: 502, message: 'A Twilio recording could not be fetched (Twilio credentials unset, or Twilio answered with an error).' },
  HF_NO_CONTACT: { status: 409, message: 'The customer asked not to be contacted again (do-not-contact list): no callback task is opened and nobody calls them (004 第五十条).' },
  HF_CALL_UNAVAILABLE: { status: 409, message: 'A call from a task cannot be placed: Twilio is not configured, the agent has no phone number, the task is closed, or a call of the task is already going on.' },
  HF_USER_EXISTS: { status: 409, message: 'A user with that user name exists already: choose another name.' },
  HF_USER_INVALID: { status: 400, message: 'A user field is not acceptable (user name, password of at least 8 characters, role, tenant); the message names the field.' },
  HF_LISTEN_UNAVAILABLE: { status: 409, message: 'Listening in is not possible: the call is not (or no longer) in a live Twilio conference, Twilio is not configured, or the supervisor has no phone number.' },
  HF_WORK_ORDER_INVALID: { status: 422, message: 'A work order sent to the intake (API or import) is malformed; the answer names its line and field, never a phone number.' },
  HF_API_KEY_INVALID: { status: 401, message: 'The work-order API needs the tenant API key (X-Api-Key or Authorization: Bearer); it is missing or wrong.' },
  HF_INTAKE_TOO_LARGE: { status: 413, message: 'A work-order request is over the limits (10 MB body, 5,000 orders per batch).' },
  HF_PORT_IN_USE: { status: 500, message: 'The address and port a command was told to listen on are taken by another process: stop it, or choose another with --port.' },
  HF_TENANT_INVALID: { status: 400, message: 'A tenant setting given by `huifang tenant` or the workspace is malformed (id, name, time zone, calling hours or days, holidays file, write-back); the message names the option or field, and the line of a holidays file.' },
  HF_TENANT_EXISTS: { status: 409, message: 'A tenant with that id exists already (`huifang tenant set` changes it).' },
  HF_SERVER_LISTEN: { status: 500, message: 'The HTTP server cannot listen on its address: a port below 1024 is not allowed, or the host is not an address of this machine (a port in use is HF_PORT_IN_USE).' },
  HF_WORKER_CANNOT_RUN: { status: 500, message: '`huifang worker` cannot run: it has no way to dial (Twilio settings missing); it exits instead of waiting.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An error with a catalogue code and, where it helps, the place it was found. */
export class HuifangError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  /** The HTTP status an API answers with: the catalogue's for the code. */
  readonly httpStatus: number;
  /**
   * @param httpStatus only where the catalogue cannot know the status (prefer a code of its
   *   own): the catalogue's status for the code otherwise.
   */
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, httpStatus?: number) {
    super(message);
    this.name = 'HuifangError';
    this.code = code;
    this.details = details;
    this.httpStatus = httpStatus ?? ERROR_CATALOGUE[code].status;
  }
  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** Add codes from another module's part of the catalogue (keeps one namespace, one doc). */
export function isHuifangError(e: unknown): e is HuifangError {
  return e instanceof HuifangError;
}
