// What a channel is: its input schema, who may call it, and (as a phantom) its output type. Each domain
// declares its channels with `channels('<domain>', {...})` beside its code; ipc/contract.ts merges them.
import type { z } from 'zod';
import type { Domain } from '../../db/domain/domains';
import type { Action } from '../core/util/permissions';

/**
 * `public`: callable while locked (setup, unlock). Otherwise the action of the permission table
 * (electron/core/util/permissions.ts) the caller's role must hold.
 */
export type Access = 'public' | Action;

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Phantom: carries the output type; never read at run time. */
  output?: O;
}

export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access): ChannelSpec<I, O> => ({ input, access });

/** A domain's channels: every name must be `<domain>:<verb>` (checked by the compiler and by a test). */
export function channels<D extends Domain, M extends Record<string, ChannelSpec>>(
  _domain: D,
  map: M & { [K in keyof M]: K extends `${D}:${string}` ? ChannelSpec : never },
): M {
  return map;
}
