// The classification domain's handlers: one function per channel of classification.channels.ts, each calling the domain's code.
import { createItem, listItems, updateItem } from '../carriers/classification';
import { declassify, extendTerm, reclassify } from '../carriers/decisions';
import { decideReview, listReview } from '../carriers/review';
import { today } from '../util/dates';
import type { DomainHandlers } from '../../ipc/dispatch';

export const classificationHandlers: DomainHandlers<'classification'> = {
  'classification:list': (core, input) => listItems(core.session().db, input),
  'classification:create': (core, input) => createItem(core, input),
  'classification:update': (core, input) => updateItem(core, input),
  'classification:reclassify': (core, input) => reclassify(core, input),
  'classification:declassify': (core, input) => declassify(core, input),
  'classification:extend': (core, input) => extendTerm(core, input),
  'classification:reviewList': (core, input) => listReview(core.session().db, input, today(core.clock)),
  'classification:review': (core, input) => decideReview(core, input),
};
