// 批量归还: the loans of several carriers closed in one transaction with one audit entry, so a refusal half-way
// leaves every carrier as it was. Each carrier gets the same history rows a single 归还 writes.
import type { z } from 'zod';
import { AppException, isAppException } from '../../../db/domain/errors';
import type { ReturnBatchInput, ReturnBatchResult } from '../../ipc/schemas/carriers-actions';
import type { AppCore } from '../app-core';
import { returnInTx } from './lending';
import { loadCarrier, refreshCarrier } from './store';

/**
 * A refusal about one item of a batch, named by the carrier's 编号 (or its place in the list when it does
 * not exist) and with its field paths under `items.<i>`, so the clerk knows which one to fix.
 */
function aboutItem(e: unknown, index: number, carrierNo: string | null): unknown {
  if (!isAppException(e)) return e;
  const who = carrierNo ?? `第 ${index + 1} 件`;
  return new AppException(e.code, `${who}：${e.message}`, {
    ...(e.rule !== undefined ? { rule: e.rule } : {}),
    fields: (e.fields ?? [{ path: 'carrierId', message: e.message }]).map((f) => ({
      path: `items.${index}.${f.path}`,
      message: `${who}：${f.message}`,
    })),
    cause: e,
  });
}

export function returnBatch(core: AppCore, input: z.output<typeof ReturnBatchInput>): ReturnBatchResult {
  return core.write(
    'carrier_return_batch',
    'carrier',
    (tx, ctx) => {
      input.items.forEach((item, i) => {
        let carrierNo: string | null = null;
        try {
          const c = loadCarrier(tx, item.carrierId);
          carrierNo = c.carrierNo;
          returnInTx(tx, ctx, c, { ...item, returnedOn: input.returnedOn, remark: input.remark });
          refreshCarrier(tx, ctx, c.id);
        } catch (e) {
          throw aboutItem(e, i, carrierNo);
        }
      });
      return {
        returned: input.items.reduce((n, i) => n + i.copyNos.length, 0),
        carriers: input.items.length,
      };
    },
    (r) => ({
      entityId: null,
      detail: {
        items: input.items.map((i) => ({ carrierId: i.carrierId, copyNos: i.copyNos })),
        returnedOn: input.returnedOn,
        remark: input.remark ?? null,
        returned: r.returned,
      },
    }),
  );
}
