/**
 * The single source of truth for what the renderer may ask of main: channel `domain:verb` → zod input
 * schema, output type and who may call it. The preload, the `window.api` type, handler registration and the
 * test bridge are all derived from this object.
 */
import type { z } from 'zod';
import type { Action } from '../core/accounts/permissions';
import type { Result } from './result';
import { AccountCreateInput, AccountIdInput, AccountResetInput, type AccountView } from './schemas/accounts';
import { ApprovalListInput, ApprovalRecordInput, type ApprovalView, type Page } from './schemas/approvals';
import { AuditListInput, type AuditEntryView, type AuditVerifyResult } from './schemas/audit';
import {
  BorrowInput,
  CarryOutInput,
  CopyInput,
  DestroyInput,
  DestructionListInput,
  DistributeInput,
  HandOverInput,
  KnowerInput,
  MovementListInput,
  RecallInput,
  ReturnInput,
  ReturnToIssuerInput,
  type DestructionBatchView,
} from './schemas/carrier-actions';
import {
  CarrierAttachInput,
  CarrierEditInput,
  CarrierIdInput,
  CarrierListInput,
  CarrierRegisterInput,
  CarrierSettingsInput,
  HeldByInput,
  type CarrierDetail,
  type CarrierRow,
  type CarrierSettings,
  type CustodianView,
  type HeldCopyView,
  type MovementView,
} from './schemas/carriers';
import {
  ClassificationItemInput,
  ClassificationItemUpdateInput,
  ClassificationListInput,
  DeclassifyInput,
  ExtendInput,
  ReclassifyInput,
  type ClassificationItemView,
} from './schemas/classification';
import { empty } from './schemas/common';
import {
  AuditExportInput,
  KeyRotateInput,
  type AuditExportView,
  type OwnKeyView,
  type OwnKeysView,
} from './schemas/keys';
import {
  InventoryCheckInput,
  InventoryCloseInput,
  InventoryGetInput,
  InventoryListInput,
  InventoryResolveInput,
  InventoryStartInput,
  type InventoryDetail,
  type InventoryLineView,
  type InventoryView,
} from './schemas/inventory';
import type { Reminder } from './schemas/reminders';
import {
  ReviewDecideInput,
  ReviewListInput,
  type ReviewDecideResult,
  type ReviewList,
} from './schemas/review';
import { SecuritySettingsInput, SystemSettingsInput, type UnitSettings } from './schemas/settings';
import { BackupInput, RestoreInput, type BackupView, type RestoreView } from './schemas/system';
import {
  ChangePasswordInput,
  SetupInput,
  UnlockInput,
  type AppState,
  type SessionAccount,
  type SetupResult,
  type UnitInfo,
} from './schemas/session';

/**
 * `public`: callable while locked (setup, unlock). Otherwise the action of the permission table
 * (electron/core/accounts/permissions.ts) the caller's role must hold.
 */
export type Access = 'public' | Action;

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Phantom: carries the output type; never read at run time. */
  output?: O;
}

const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access): ChannelSpec<I, O> => ({ input, access });

export const contract = {
  'app:state': channel<AppState>()(empty, 'public'),
  'setup:create': channel<SetupResult>()(SetupInput, 'public'),
  'session:unlock': channel<SessionAccount>()(UnlockInput, 'public'),
  'session:lock': channel<null>()(empty, 'public'),
  'session:changePassword': channel<null>()(ChangePasswordInput, 'self'),
  'session:actions': channel<Action[]>()(empty, 'self'),
  'unit:get': channel<UnitInfo>()(empty, 'self'),
  'audit:verify': channel<AuditVerifyResult>()(empty, 'audit:read'),
  'audit:list': channel<Page<AuditEntryView>>()(AuditListInput, 'audit:read'),
  'approvals:list': channel<Page<ApprovalView>>()(ApprovalListInput, 'register:read'),
  'approvals:record': channel<ApprovalView>()(ApprovalRecordInput, 'register:write'),
  'accounts:list': channel<AccountView[]>()(empty, 'account:manage'),
  'accounts:create': channel<AccountView>()(AccountCreateInput, 'account:manage'),
  'accounts:disable': channel<AccountView>()(AccountIdInput, 'account:manage'),
  'accounts:resetPassword': channel<AccountView>()(AccountResetInput, 'account:manage'),
  'accounts:unlock': channel<AccountView>()(AccountIdInput, 'account:manage'),
  'accounts:rotateRecovery': channel<{ recoveryCode: string }>()(empty, 'account:manage'),
  'settings:get': channel<UnitSettings>()(empty, 'self'),
  'settings:updateSecurity': channel<UnitSettings>()(SecuritySettingsInput, 'account:manage'),
  'settings:updateSystem': channel<UnitSettings>()(SystemSettingsInput, 'system:manage'),
  'keys:own': channel<OwnKeysView>()(empty, 'self'),
  'keys:rotate': channel<OwnKeyView>()(KeyRotateInput, 'system:manage'),
  'audit:export': channel<AuditExportView>()(AuditExportInput, 'audit:read'),
  'reminders:list': channel<Reminder[]>()(empty, 'self'),
  'system:backup': channel<BackupView>()(BackupInput, 'system:manage'),
  'system:restore': channel<RestoreView>()(RestoreInput, 'system:manage'),
  'carriers:list': channel<Page<CarrierRow>>()(CarrierListInput, 'register:read'),
  'carriers:get': channel<CarrierDetail>()(CarrierIdInput, 'register:read'),
  'carriers:register': channel<CarrierDetail>()(CarrierRegisterInput, 'register:write'),
  'carriers:edit': channel<CarrierDetail>()(CarrierEditInput, 'register:write'),
  'carriers:attach': channel<CarrierDetail>()(CarrierAttachInput, 'register:write'),
  'carriers:distribute': channel<CarrierDetail>()(DistributeInput, 'register:write'),
  'carriers:recall': channel<CarrierDetail>()(RecallInput, 'register:write'),
  'carriers:borrow': channel<CarrierDetail>()(BorrowInput, 'register:write'),
  'carriers:carryOut': channel<CarrierDetail>()(CarryOutInput, 'register:write'),
  'carriers:return': channel<CarrierDetail>()(ReturnInput, 'register:write'),
  'carriers:returnToIssuer': channel<CarrierDetail>()(ReturnToIssuerInput, 'register:write'),
  'carriers:handOver': channel<CarrierDetail>()(HandOverInput, 'register:write'),
  'carriers:copy': channel<CarrierDetail>()(CopyInput, 'register:write'),
  'carriers:destroy': channel<DestructionBatchView>()(DestroyInput, 'register:write'),
  'carriers:destructions': channel<Page<DestructionBatchView>>()(DestructionListInput, 'register:read'),
  'carriers:movements': channel<Page<MovementView>>()(MovementListInput, 'register:read'),
  'carriers:addKnower': channel<CarrierDetail>()(KnowerInput, 'register:write'),
  'carriers:heldBy': channel<HeldCopyView[]>()(HeldByInput, 'register:read'),
  'carriers:custodians': channel<CustodianView[]>()(empty, 'register:read'),
  'carriers:settings': channel<CarrierSettings>()(empty, 'register:read'),
  'carriers:updateSettings': channel<CarrierSettings>()(CarrierSettingsInput, 'register:write'),
  'classification:list': channel<Page<ClassificationItemView>>()(ClassificationListInput, 'register:read'),
  'classification:create': channel<ClassificationItemView>()(ClassificationItemInput, 'register:write'),
  'classification:update': channel<ClassificationItemView>()(ClassificationItemUpdateInput, 'register:write'),
  'classification:reclassify': channel<CarrierDetail>()(ReclassifyInput, 'register:write'),
  'classification:declassify': channel<CarrierDetail>()(DeclassifyInput, 'register:write'),
  'classification:extend': channel<CarrierDetail>()(ExtendInput, 'register:write'),
  'review:list': channel<ReviewList>()(ReviewListInput, 'register:read'),
  'review:decide': channel<ReviewDecideResult>()(ReviewDecideInput, 'register:write'),
  'inventory:list': channel<Page<InventoryView>>()(InventoryListInput, 'register:read'),
  'inventory:start': channel<InventoryView>()(InventoryStartInput, 'register:write'),
  'inventory:get': channel<InventoryDetail>()(InventoryGetInput, 'register:read'),
  'inventory:check': channel<InventoryView>()(InventoryCheckInput, 'register:write'),
  'inventory:close': channel<InventoryView>()(InventoryCloseInput, 'register:write'),
  'inventory:discrepancies': channel<Page<InventoryLineView>>()(InventoryListInput, 'register:read'),
  'inventory:resolve': channel<InventoryLineView>()(InventoryResolveInput, 'register:write'),
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
export type { Action } from '../core/accounts/permissions';
export type { AppError, ErrorCode, FieldError } from './result';
export type * from './schemas/session';
export type * from './schemas/audit';
export type * from './schemas/approvals';
export type * from './schemas/accounts';
export type * from './schemas/system';
export type * from './schemas/settings';
export type * from './schemas/reminders';
export type * from './schemas/keys';
export type * from './schemas/carriers';
export type * from './schemas/carrier-actions';
export type * from './schemas/classification';
export type * from './schemas/inventory';
export type * from './schemas/review';
export type {
  Role,
  HostLevel,
  UnitKind,
  AdminMode,
  NationalLevel,
  RegisterId,
  ApprovalKind,
  CarrierLevel,
  CarrierType,
  CarrierSource,
  CarrierStatus,
  CopyStatus,
  ClassState,
  TermKind,
  CarrierEventKind,
  ClassificationDecision,
  ReviewDecision,
  MovementKind,
  DestructionMethod,
  InventoryScope,
  InventoryResult,
  InventoryFrequency,
  CarrierDueFilter,
  CarrierSortField,
} from '../../db/domain/vocab';
