// 知悉人员登记 (regulation art. 20, law art. 21): who came to know a 机密 or 绝密 carrier, when and how — written
// by the action that let them know, or by hand; someone outside the 知悉范围 needs an approval.
import type { z } from 'zod';
import { carrierKnowers } from '../../../db/schema';
import type { KnowerInput } from '../../ipc/schemas/carriers-actions';
import type { CarrierDetail } from '../../ipc/schemas/carriers';
import type { AppCore, WriteCtx } from '../app-core';
import { approve } from '../approvals/approve';
import { personKey } from '../util/person-key';
import { getCarrier } from './carriers.service';
import { needsKnowerRecord, requireApproval } from './rules';
import {
  addEvent,
  loadCarrier,
  personLabel,
  refreshCarrier,
  type CarrierRecord,
  type Person,
  type Tx,
} from './store';

/** 知悉人员登记 for 机密 and above (regulation art. 20), written by the action that let them know. */
export function recordKnower(
  tx: Tx,
  ctx: Pick<WriteCtx, 'now'>,
  c: CarrierRecord,
  person: Person,
  on: string,
  how: string,
  approvalId: number | null,
  withinRange = true,
): void {
  if (!needsKnowerRecord(c.level) || c.classState !== 'classified') return;
  tx.insert(carrierKnowers)
    .values({
      carrierId: c.id,
      name: person.name,
      department: person.department ?? null,
      personKey: personKey(person.name, person.department),
      knownOn: on,
      how,
      withinRange: withinRange ? 1 : 0,
      approvalId,
      createdAt: ctx.now,
    })
    .run();
}

/** 知悉人员登记 by hand; someone outside the 知悉范围 needs the approval of the head or a designee (law art. 21). */
export function addKnower(core: AppCore, input: z.output<typeof KnowerInput>): CarrierDetail {
  core.write(
    'carrier_knower',
    'carrier',
    (tx, ctx) => {
      const c = loadCarrier(tx, input.carrierId);
      const approval = input.withinRange
        ? input.approval
        : requireApproval(
            input.approval,
            'outside_range_needs_approval',
            '知悉范围以外的人员知悉国家秘密，须经单位主要负责人或其指定的人员批准（保密法第二十一条），请登记审批。',
          );
      const approvalId = approval
        ? approve(tx, approval, 'other', { type: 'carrier', id: c.id }, ctx, { notAfter: input.knownOn })
        : null;
      tx.insert(carrierKnowers)
        .values({
          carrierId: c.id,
          name: input.person.name,
          department: input.person.department ?? null,
          personKey: personKey(input.person.name, input.person.department),
          knownOn: input.knownOn,
          how: input.how,
          withinRange: input.withinRange ? 1 : 0,
          approvalId,
          createdAt: ctx.now,
        })
        .run();
      addEvent(tx, ctx, {
        carrierId: c.id,
        kind: 'knower',
        on: input.knownOn,
        counterpart: personLabel(input.person),
        approvalId,
        detail: { how: input.how, withinRange: input.withinRange },
      });
      refreshCarrier(tx, ctx, c.id);
      return { withinRange: input.withinRange, approvalId };
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
}
