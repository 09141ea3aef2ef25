/**
 * The single source of truth for what the renderer may ask of main: channel `domain:verb` → zod input
 * schema, output type and who may call it. The preload, the `window.api` type, handler registration and the
 * test bridge are all derived from this object.
 */
import type { z } from 'zod';
import type { Result } from './result';
import { ApprovalListInput, ApprovalRecordInput, type ApprovalView, type Page } from './schemas/approvals';
import type { AuditVerifyResult } from './schemas/audit';
import { empty } from './schemas/common';
import {
  ChangePasswordInput,
  SetupInput,
  UnlockInput,
  type AppState,
  type SessionAccount,
  type SetupResult,
  type UnitInfo,
} from './schemas/session';

/** `public`: callable while locked (setup, unlock). `session`: needs an unlocked session. */
export type Access = 'public' | 'session';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Phantom: carries the output type; never read at run time. */
  output?: O;
}

const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access = 'session'): ChannelSpec<I, O> => ({ input, access });

export const contract = {
  'app:state': channel<AppState>()(empty, 'public'),
  'setup:create': channel<SetupResult>()(SetupInput, 'public'),
  'session:unlock': channel<SessionAccount>()(UnlockInput, 'public'),
  'session:lock': channel<null>()(empty, 'public'),
  'session:changePassword': channel<null>()(ChangePasswordInput),
  'unit:get': channel<UnitInfo>()(empty),
  'audit:verify': channel<AuditVerifyResult>()(empty),
  'approvals:list': channel<Page<ApprovalView>>()(ApprovalListInput),
  'approvals:record': channel<ApprovalView>()(ApprovalRecordInput),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Exclude<Contract[C]['output'], undefined>;

export const channelNames = Object.keys(contract) as Channel[];

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

/** `window.api`: one namespace per domain, one async function per channel, e.g. `api.session.unlock(...)`. */
export type Api = {
  [D in DomainOf<Channel>]: {
    [V in VerbOf<Channel, D>]: (
      input: ChannelInput<`${D}:${V}` & Channel>,
    ) => Promise<Result<ChannelOutput<`${D}:${V}` & Channel>>>;
  };
};

export type { Result } from './result';
export type { AppError, ErrorCode, FieldError } from './result';
export type * from './schemas/session';
export type * from './schemas/audit';
export type * from './schemas/approvals';
export type {
  Role,
  HostLevel,
  UnitKind,
  AdminMode,
  NationalLevel,
  RegisterId,
  ApprovalKind,
} from '../../db/domain/vocab';
