// The travel domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import type { Page } from '../../ipc/schemas/common';
import {
  PassportListInput,
  PassportRegisterInput,
  PassportReturnInput,
  type PassportView,
  TravelApplyInput,
  TravelDecideInput,
  TravelDepartInput,
  TravelEducateInput,
  TravelIdInput,
  TravelListInput,
  TravelReturnInput,
  type TravelView,
} from '../../ipc/schemas/travel';

export const travelChannels = channels('travel', {
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
});
