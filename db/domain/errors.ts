// Error codes that cross every boundary (IPC, CLI, test bridge). Stable: the UI and scripts switch on them.
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'RULE',
  'LOCKED',
  'DB_CORRUPT',
  'DB_READONLY',
  'DB_KEY',
  /** A file could not be written or read (full, read-only or removed medium); nothing was kept of it. */
  'FILE_WRITE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `unit.code`. */
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  /** A sentence in Chinese that tells the clerk what happened and what to do. */
  message: string;
  /** For RULE: the identifier of the domain rule that refused the action. */
  rule?: string;
  fields?: FieldError[];
}

/** Thrown inside the core; turned into `{ ok: false, error }` at the edge, never thrown across IPC. */
export class AppException extends Error {
  readonly code: ErrorCode;
  readonly rule?: string;
  readonly fields?: FieldError[];

  constructor(
    code: ErrorCode,
    message: string,
    extra: { rule?: string; fields?: FieldError[]; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'AppException';
    this.code = code;
    if (extra.rule !== undefined) this.rule = extra.rule;
    if (extra.fields !== undefined) this.fields = extra.fields;
  }

  toError(): AppError {
    const e: AppError = { code: this.code, message: this.message };
    if (this.rule !== undefined) e.rule = this.rule;
    if (this.fields !== undefined) e.fields = this.fields;
    return e;
  }
}

export function isAppException(e: unknown): e is AppException {
  return e instanceof AppException;
}
