// The carriers domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import {
  CarrierAttachInput,
  type CarrierDetail,
  CarrierEditInput,
  CarrierIdInput,
  CarrierListInput,
  CarrierRegisterInput,
  type CarrierRow,
  type CustodianView,
  HeldByInput,
  type HeldCopyView,
  type MovementView,
} from '../../ipc/schemas/carriers';
import { type CarrierSettings, CarrierSettingsInput } from '../../ipc/schemas/carriers-settings';
import {
  BorrowInput,
  CarryOutInput,
  CopyInput,
  DestroyInput,
  type DestructionBatchView,
  DestructionListInput,
  DistributeInput,
  HandOverInput,
  KnowerInput,
  MovementListInput,
  RecallInput,
  ReturnBatchInput,
  type ReturnBatchResult,
  ReturnInput,
  ReturnToIssuerInput,
} from '../../ipc/schemas/carriers-actions';
import { CopyRegisterInput, type CopyRegisterView } from '../../ipc/schemas/carriers-copy-register';
import { CarrierExportInput, type CarrierExportResult } from '../../ipc/schemas/carriers-export';
import { empty, type Page } from '../../ipc/schemas/common';

export const carriersChannels = channels('carriers', {
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
});
