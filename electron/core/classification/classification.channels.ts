// The classification domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import type { CarrierDetail } from '../../ipc/schemas/carriers';
import {
  ClassificationItemInput,
  ClassificationItemUpdateInput,
  type ClassificationItemOption,
  type ClassificationItemView,
  ClassificationListInput,
  DeclassifyInput,
  ExtendInput,
  ReclassifyInput,
} from '../../ipc/schemas/classification';
import {
  ReviewDecideInput,
  type ReviewDecideResult,
  type ReviewList,
  ReviewListInput,
} from '../../ipc/schemas/classification-review';
import { empty, type Page } from '../../ipc/schemas/common';

export const classificationChannels = channels('classification', {
  'classification:list': channel<Page<ClassificationItemView>>()(ClassificationListInput, 'register:read'),
  'classification:picker': channel<ClassificationItemOption[]>()(empty, 'register:read'),
  'classification:create': channel<ClassificationItemView>()(ClassificationItemInput, 'register:write'),
  'classification:update': channel<ClassificationItemView>()(ClassificationItemUpdateInput, 'register:write'),
  'classification:reclassify': channel<CarrierDetail>()(ReclassifyInput, 'register:write'),
  'classification:declassify': channel<CarrierDetail>()(DeclassifyInput, 'register:write'),
  'classification:extend': channel<CarrierDetail>()(ExtendInput, 'register:write'),
  'classification:reviewList': channel<ReviewList>()(ReviewListInput, 'register:read'),
  'classification:review': channel<ReviewDecideResult>()(ReviewDecideInput, 'register:write'),
});
