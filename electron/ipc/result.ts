// What crosses IPC: `{ ok: true, value } | { ok: false, error }`. Never a thrown exception.
import type { AppError } from '../../db/domain/errors';

export type { AppError, ErrorCode, FieldError } from '../../db/domain/errors';
export { ERROR_CODES } from '../../db/domain/errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}
