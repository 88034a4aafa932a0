/**
 * Typed errors that cross the IPC boundary. Every failure a user can meet has a
 * stable `code`; the renderer translates `errors.<code>` with `params`, and
 * `message` is the English fallback for logs and the CLI. Never put a secret
 * in `message` or `params`.
 */
export const ERROR_CODES = [
  'INVALID_REQUEST',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_LOCKED',
  'KEYCHAIN_REJECTED',
  'SETTINGS_UNWRITABLE',
  'SETTINGS_TOO_NEW',
  'PORT_IN_USE',
  'CAPTURE_TIMEOUT',
  'CAPTURE_CANCELLED',
  'CAPTURE_FAILED',
  'CANCELLED',
  'URL_NOT_ALLOWED',
  'SCHEMA_REJECTED',
  /** Presenting mode is on: a secret is neither shown nor copied while a customer watches the screen. */
  'PRESENTING',
  /** A file to save (a report, a hand-off file) holds one of the profile's stored secrets: nothing is written. */
  'SECRET_IN_FILE',
  /** Identity checks of a stored token (shared/token-identity/identity-record.ts says what each means). */
  'IDENTITY_UNAUTHORIZED',
  'IDENTITY_FORBIDDEN',
  'IDENTITY_UNREACHABLE',
  'IDENTITY_BAD_RESPONSE',
  'IDENTITY_NOT_AVAILABLE',
  /** Microsoft Graph calls (electron/services/graph/graph-errors.ts says when each is used). */
  'GRAPH_PERMISSION_MISSING',
  'GRAPH_NOT_FOUND',
  'GRAPH_THROTTLED',
  'GRAPH_CREDENTIALS_REJECTED',
  'GRAPH_REQUEST_FAILED',
  'GRAPH_UNREACHABLE',
  /** Microsoft sign-in for Graph (electron/services/graph-sign-in/graph-sign-in-errors.ts says what each means). */
  'GRAPH_SIGN_IN_REQUIRED',
  'GRAPH_SIGN_IN_CANCELLED',
  'GRAPH_SIGN_IN_TIMEOUT',
  'GRAPH_CONSENT_REQUIRED',
  'GRAPH_CLIENT_ID_INVALID',
  'GRAPH_AUTHORITY_UNREACHABLE',
  'GRAPH_SIGN_IN_FAILED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  params?: ErrorParams;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;

  constructor(code: ErrorCode, message: string, params?: ErrorParams) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toShape(): AppErrorShape {
    return this.params ? { code: this.code, message: this.message, params: this.params } : { code: this.code, message: this.message };
  }
}

/** Turns anything thrown into a shape safe to send: unknown errors lose their text (it may hold a secret). */
export function toErrorShape(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  return { code: 'INTERNAL', message: 'Unexpected error in the app. See the diagnostics panel and the log for details.' };
}
