// What crosses IPC: `{ ok: true, value } | { ok: false, error }`. Never a thrown exception.
import type { ChangeTopic } from '../../db/domain/domains';
import type { AppError } from '../../db/domain/errors';

export type { AppError, ErrorCode, FieldError } from '../../db/domain/errors';
export { ERROR_CODES } from '../../db/domain/errors';

/**
 * `changes`: the domains whose data the call's committed writes changed, so the renderer refetches their
 * lists, drawers and counts (absent when nothing was written).
 */
export type Result<T> = { ok: true; value: T; changes?: ChangeTopic[] } | { ok: false; error: AppError };

export function ok<T>(value: T, changes?: readonly ChangeTopic[]): Result<T> {
  return changes?.length ? { ok: true, value, changes: [...changes] } : { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}
