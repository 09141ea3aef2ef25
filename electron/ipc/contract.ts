/**
 * The single source of truth for what the renderer may ask of main: channel `domain:verb` → zod input
 * schema, output type and who may call it. The preload, the `window.api` type, handler registration and the
 * test bridge are all derived from this object.
 */
import type { z } from 'zod';
import type { Action } from '../core/accounts/permissions';
import type { Result } from './result';
import { AccountCreateInput, AccountIdInput, AccountResetInput, type AccountView } from './schemas/accounts';
import {
  ApprovalListInput,
  ApprovalRecordInput,
  RequestCreateInput,
  RequestDecideInput,
  RequestIdInput,
  RequestListInput,
  type ApprovalView,
  type RequestView,
} from './schemas/approvals';
import { type Page } from './schemas/common';
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
  ReturnBatchInput,
  ReturnInput,
  ReturnToIssuerInput,
  type DestructionBatchView,
  type ReturnBatchResult,
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
import { CopyRegisterInput, type CopyRegisterView } from './schemas/copy-register';
import {
  ClassificationItemInput,
  ClassificationItemUpdateInput,
  ClassificationListInput,
  DeclassifyInput,
  ExtendInput,
  ReclassifyInput,
  type ClassificationItemView,
} from './schemas/classification';
import { CarrierExportInput, type CarrierExportResult } from './schemas/carriers-export';
import { empty } from './schemas/common';
import {
  CounterpartImportInput,
  ExchangeExportInput,
  ExchangeImportInput,
  IntervalInput,
  KeyExportInput,
  OutgoingListInput,
  PathInput,
  ReceiptIssueInput,
  RecordsInput,
  UnitCodeInput,
  type ConsolidatedFigures,
  type CounterpartView,
  type ExportView,
  type FingerprintSheet,
  type ImportedRecordView,
  type ImportedRegisterView,
  type ImportView,
  type OutgoingView,
  type PublicKeyExportView,
  type PublicKeyPreview,
  type ReceiptImportView,
  type ReceiptView,
  type SupervisedUnitView,
  type VerifyView,
} from './schemas/exchange';
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
import {
  DepartInput,
  DepartmentInput,
  DepartmentUpdateInput,
  ExtendSeparationInput,
  LinkAccountInput,
  PersonCreateInput,
  PersonIdInput,
  PersonListInput,
  PersonnelSettingsInput,
  PersonPostInput,
  PersonUpdateInput,
  PostAddInput,
  PostEndInput,
  type DepartmentView,
  type PersonCounts,
  type PersonDetail,
  type PersonnelSettings,
  type PersonRow,
} from './schemas/persons';
import {
  AllowanceCreateInput,
  AllowanceGetInput,
  AllowanceListInput,
  type AllowanceStatementView,
} from './schemas/persons-allowance';
import {
  LeavingAccountInput,
  LeavingApproveInput,
  LeavingCarriersInput,
  LeavingDevicesInput,
  LeavingIdInput,
  LeavingListInput,
  LeavingPledgeInput,
  LeavingStartInput,
  LeavingTalkInput,
  type LeavingView,
} from './schemas/persons-leaving';
import {
  ClearanceNominateInput,
  ClearanceStepInput,
  PledgeInput,
  TrainingInput,
  VettingInput,
  type ClearanceDecisionView,
  type PersonDossier,
  type PledgeView,
  type TrainingView,
  type VettingView,
} from './schemas/persons-records';
import { AnnualReportInput, type AnnualReport } from './schemas/persons-report';
import {
  PassportListInput,
  PassportRegisterInput,
  PassportReturnInput,
  TravelApplyInput,
  TravelDecideInput,
  TravelDepartInput,
  TravelEducateInput,
  TravelIdInput,
  TravelListInput,
  TravelReturnInput,
  type PassportView,
  type TravelView,
} from './schemas/persons-travel';
import {
  AttachmentIdInput,
  AttachmentUploadInput,
  type AttachmentData,
  type AttachmentView,
} from './schemas/attachments';
import { PrintPdfInput, type PrintPdfView } from './schemas/print';
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
  'session:state': channel<AppState>()(empty, 'public'),
  'session:setup': channel<SetupResult>()(SetupInput, 'public'),
  'session:unlock': channel<SessionAccount>()(UnlockInput, 'public'),
  'session:lock': channel<null>()(empty, 'public'),
  'session:changePassword': channel<null>()(ChangePasswordInput, 'self'),
  'session:actions': channel<Action[]>()(empty, 'self'),
  'session:unit': channel<UnitInfo>()(empty, 'self'),
  'audit:verify': channel<AuditVerifyResult>()(empty, 'audit:read'),
  'audit:list': channel<Page<AuditEntryView>>()(AuditListInput, 'audit:read'),
  'approvals:list': channel<Page<ApprovalView>>()(ApprovalListInput, 'register:read'),
  'approvals:record': channel<ApprovalView>()(ApprovalRecordInput, 'register:write'),
  'approvals:request': channel<RequestView>()(RequestCreateInput, 'register:write'),
  'approvals:requests': channel<Page<RequestView>>()(RequestListInput, 'register:read'),
  'approvals:decide': channel<RequestView>()(RequestDecideInput, 'approval:decide'),
  'approvals:withdraw': channel<RequestView>()(RequestIdInput, 'register:write'),
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
  'print:toPdf': channel<PrintPdfView>()(PrintPdfInput, 'self'),
  'attachments:upload': channel<AttachmentView>()(AttachmentUploadInput, 'register:write'),
  'attachments:get': channel<AttachmentData>()(AttachmentIdInput, 'register:read'),
  'backup:create': channel<BackupView>()(BackupInput, 'system:manage'),
  'backup:restore': channel<RestoreView>()(RestoreInput, 'system:manage'),
  'carriers:list': channel<Page<CarrierRow>>()(CarrierListInput, 'register:read'),
  'carriers:exportXlsx': channel<CarrierExportResult>()(CarrierExportInput, 'register:read'),
  'carriers:get': channel<CarrierDetail>()(CarrierIdInput, 'register:read'),
  'carriers:register': channel<CarrierDetail>()(CarrierRegisterInput, 'register:write'),
  'carriers:edit': channel<CarrierDetail>()(CarrierEditInput, 'register:write'),
  'carriers:attach': channel<CarrierDetail>()(CarrierAttachInput, 'register:write'),
  'carriers:distribute': channel<CarrierDetail>()(DistributeInput, 'register:write'),
  'carriers:recall': channel<CarrierDetail>()(RecallInput, 'register:write'),
  'carriers:borrow': channel<CarrierDetail>()(BorrowInput, 'register:write'),
  'carriers:carryOut': channel<CarrierDetail>()(CarryOutInput, 'register:write'),
  'carriers:return': channel<CarrierDetail>()(ReturnInput, 'register:write'),
  'carriers:returnBatch': channel<ReturnBatchResult>()(ReturnBatchInput, 'register:write'),
  'carriers:returnToIssuer': channel<CarrierDetail>()(ReturnToIssuerInput, 'register:write'),
  'carriers:handOver': channel<CarrierDetail>()(HandOverInput, 'register:write'),
  'carriers:copy': channel<CarrierDetail>()(CopyInput, 'register:write'),
  'carriers:destroy': channel<DestructionBatchView>()(DestroyInput, 'register:write'),
  'carriers:destructions': channel<Page<DestructionBatchView>>()(DestructionListInput, 'register:read'),
  'carriers:movements': channel<Page<MovementView>>()(MovementListInput, 'register:read'),
  'carriers:copyRegister': channel<CopyRegisterView>()(CopyRegisterInput, 'register:read'),
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
  'classification:reviewList': channel<ReviewList>()(ReviewListInput, 'register:read'),
  'classification:review': channel<ReviewDecideResult>()(ReviewDecideInput, 'register:write'),
  'inventory:list': channel<Page<InventoryView>>()(InventoryListInput, 'register:read'),
  'inventory:start': channel<InventoryView>()(InventoryStartInput, 'register:write'),
  'inventory:get': channel<InventoryDetail>()(InventoryGetInput, 'register:read'),
  'inventory:check': channel<InventoryView>()(InventoryCheckInput, 'register:write'),
  'inventory:close': channel<InventoryView>()(InventoryCloseInput, 'register:write'),
  'inventory:discrepancies': channel<Page<InventoryLineView>>()(InventoryListInput, 'register:read'),
  'inventory:resolve': channel<InventoryLineView>()(InventoryResolveInput, 'register:write'),
  'keys:exportPublic': channel<PublicKeyExportView>()(KeyExportInput, 'system:manage'),
  'keys:fingerprintSheet': channel<FingerprintSheet>()(empty, 'self'),
  'exchange:counterparts': channel<CounterpartView[]>()(empty, 'self'),
  'exchange:previewKey': channel<PublicKeyPreview>()(PathInput, 'system:manage'),
  'exchange:importKey': channel<CounterpartView & { how: 'fingerprint' | 'endorsed' }>()(
    CounterpartImportInput,
    'system:manage',
  ),
  'exchange:export': channel<ExportView>()(ExchangeExportInput, 'register:write'),
  'exchange:outgoing': channel<OutgoingView[]>()(OutgoingListInput, 'register:read'),
  'exchange:importReceipt': channel<ReceiptImportView>()(PathInput, 'register:write'),
  'exchange:verify': channel<VerifyView>()(PathInput, 'register:read'),
  'exchange:import': channel<ImportView>()(ExchangeImportInput, 'register:write'),
  'exchange:receipt': channel<ReceiptView>()(ReceiptIssueInput, 'register:write'),
  'exchange:enableSupervisor': channel<UnitInfo>()(empty, 'system:manage'),
  'exchange:units': channel<SupervisedUnitView[]>()(empty, 'register:read'),
  'exchange:setInterval': channel<SupervisedUnitView>()(IntervalInput, 'register:write'),
  'exchange:figures': channel<ConsolidatedFigures>()(empty, 'register:read'),
  'exchange:unitRegisters': channel<ImportedRegisterView[]>()(UnitCodeInput, 'register:read'),
  'exchange:unitRecords': channel<Page<ImportedRecordView>>()(RecordsInput, 'register:read'),
  'departments:list': channel<DepartmentView[]>()(empty, 'register:read'),
  'departments:create': channel<DepartmentView>()(DepartmentInput, 'register:write'),
  'departments:update': channel<DepartmentView>()(DepartmentUpdateInput, 'register:write'),
  'persons:list': channel<Page<PersonRow>>()(PersonListInput, 'register:read'),
  'persons:get': channel<PersonDetail>()(PersonIdInput, 'register:read'),
  'persons:dossier': channel<PersonDossier>()(PersonIdInput, 'register:read'),
  'persons:counts': channel<PersonCounts>()(empty, 'register:read'),
  'persons:annualReport': channel<AnnualReport>()(AnnualReportInput, 'register:read'),
  'persons:create': channel<PersonDetail>()(PersonCreateInput, 'register:write'),
  'persons:update': channel<PersonDetail>()(PersonUpdateInput, 'register:write'),
  'persons:addPost': channel<PersonDetail>()(PostAddInput, 'register:write'),
  'persons:endPost': channel<PersonDetail>()(PostEndInput, 'register:write'),
  'persons:nominateClearance': channel<ClearanceDecisionView>()(ClearanceNominateInput, 'register:write'),
  'persons:clearanceStep': channel<ClearanceDecisionView>()(ClearanceStepInput, 'register:write'),
  'persons:vet': channel<VettingView[]>()(VettingInput, 'register:write'),
  'persons:train': channel<TrainingView[]>()(TrainingInput, 'register:write'),
  'persons:pledge': channel<PledgeView[]>()(PledgeInput, 'register:write'),
  'persons:post': channel<PersonDetail>()(PersonPostInput, 'register:write'),
  'persons:linkAccount': channel<PersonDetail>()(LinkAccountInput, 'register:write'),
  'persons:depart': channel<PersonDetail>()(DepartInput, 'register:write'),
  'persons:extendSeparation': channel<PersonDetail>()(ExtendSeparationInput, 'register:write'),
  'persons:settings': channel<PersonnelSettings>()(empty, 'register:read'),
  'persons:updateSettings': channel<PersonnelSettings>()(PersonnelSettingsInput, 'register:write'),
  'travel:list': channel<Page<TravelView>>()(TravelListInput, 'register:read'),
  'travel:get': channel<TravelView>()(TravelIdInput, 'register:read'),
  'travel:apply': channel<TravelView>()(TravelApplyInput, 'register:write'),
  'travel:decide': channel<TravelView>()(TravelDecideInput, 'register:write'),
  'travel:educate': channel<TravelView>()(TravelEducateInput, 'register:write'),
  'travel:depart': channel<TravelView>()(TravelDepartInput, 'register:write'),
  'travel:return': channel<TravelView>()(TravelReturnInput, 'register:write'),
  'travel:passports': channel<PassportView[]>()(PassportListInput, 'register:read'),
  'travel:registerPassport': channel<PassportView[]>()(PassportRegisterInput, 'register:write'),
  'travel:returnPassport': channel<PassportView[]>()(PassportReturnInput, 'register:write'),
  'leaving:list': channel<Page<LeavingView>>()(LeavingListInput, 'register:read'),
  'leaving:get': channel<LeavingView>()(LeavingIdInput, 'register:read'),
  'leaving:start': channel<LeavingView>()(LeavingStartInput, 'register:write'),
  'leaving:talk': channel<LeavingView>()(LeavingTalkInput, 'register:write'),
  'leaving:carriers': channel<LeavingView>()(LeavingCarriersInput, 'register:write'),
  'leaving:devices': channel<LeavingView>()(LeavingDevicesInput, 'register:write'),
  'leaving:account': channel<LeavingView>()(LeavingAccountInput, 'register:write'),
  'leaving:pledge': channel<LeavingView>()(LeavingPledgeInput, 'register:write'),
  'leaving:approve': channel<LeavingView>()(LeavingApproveInput, 'register:write'),
  'leaving:cancel': channel<LeavingView>()(LeavingIdInput, 'register:write'),
  'allowance:list': channel<Page<AllowanceStatementView>>()(AllowanceListInput, 'register:read'),
  'allowance:get': channel<AllowanceStatementView>()(AllowanceGetInput, 'register:read'),
  'allowance:create': channel<AllowanceStatementView>()(AllowanceCreateInput, 'register:write'),
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
export type * from './schemas/common';
export type * from './schemas/approvals';
export type * from './schemas/accounts';
export type * from './schemas/system';
export type * from './schemas/settings';
export type * from './schemas/reminders';
export type * from './schemas/print';
export type * from './schemas/attachments';
export type * from './schemas/keys';
export type * from './schemas/carriers';
export type * from './schemas/carrier-actions';
export type * from './schemas/carriers-export';
export type * from './schemas/copy-register';
export type * from './schemas/classification';
export type * from './schemas/inventory';
export type * from './schemas/review';
export type * from './schemas/exchange';
export type * from './schemas/persons';
export type * from './schemas/persons-records';
export type * from './schemas/persons-report';
export type * from './schemas/persons-travel';
export type * from './schemas/persons-leaving';
export type * from './schemas/persons-allowance';
export type {
  Role,
  HostLevel,
  UnitKind,
  AdminMode,
  NationalLevel,
  RegisterId,
  ApprovalKind,
  RequestStatus,
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
  Clearance,
  Gender,
  PersonStatus,
  ClearanceStep,
  ClearanceDecisionStatus,
  VettingKind,
  VettingResult,
  TrainingKind,
  PledgeKind,
  TravelStatus,
  TravelStep,
  PassportKind,
  LeavingKind,
  LeavingStatus,
  LeavingStep,
  DepartureKind,
  PersonEventKind,
  PersonSortField,
} from '../../db/domain/vocab';
