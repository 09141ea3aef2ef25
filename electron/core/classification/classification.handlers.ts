// The classification domain's handlers: one function per channel of classification.channels.ts, each calling the domain's code.
import { today } from '../util/dates';
import { declassify, extendTerm, reclassify } from './decisions';
import { createItem, itemOptions, listItems, updateItem } from './items';
import { decideReview, listReview } from './review';
import type { DomainHandlers } from '../../ipc/dispatch';

export const classificationHandlers: DomainHandlers<'classification'> = {
  'classification:list': (core, input) => listItems(core.session().db, input),
  'classification:picker': (core) => itemOptions(core.session().db),
  'classification:create': (core, input) => createItem(core, input),
  'classification:update': (core, input) => updateItem(core, input),
  'classification:reclassify': (core, input) => reclassify(core, input),
  'classification:declassify': (core, input) => declassify(core, input),
  'classification:extend': (core, input) => extendTerm(core, input),
  'classification:reviewList': (core, input) => listReview(core.session().db, input, today(core.clock)),
  'classification:review': (core, input) => decideReview(core, input),
};
