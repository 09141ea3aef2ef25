// 清点 at the shelf: a scanned or typed 编号 and 份号 marks that copy 在位 in one write, and 未清点的全部记为在位
// marks exactly the count the clerk was shown (the whole count, not the page on screen).
import { and, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { carriers, inventoryLines } from '../../../db/schema';
import type {
  InventoryCheckRestInput,
  InventoryScanInput,
  InventoryScanResult,
  InventoryView,
} from '../../ipc/schemas/inventory';
import type { AppCore } from '../app-core';
import { refuse } from '../util/refuse';
import { lineQuery, lineView, loadInventory, requireOpen, view } from './inventory.service';
import { inList } from '../util/in-list';

type In<T extends z.ZodType> = z.output<T>;

/** Characters a label or a clerk puts between 编号 and 份号. */
const SEPARATORS = /[\s/#·\-－—_]/;

/**
 * Every way the code splits into 编号 and 份号: at each separator, the rest a number (0015, 第15份). A 编号
 * holds separators itself (收2026-00012), so the splits are tried against the count's lines, longest 编号 first.
 */
export function scanSplits(code: string): { carrierNo: string; copyNo: number | null }[] {
  const text = code.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const out: { carrierNo: string; copyNo: number | null }[] = [{ carrierNo: text, copyNo: null }];
  for (let i = text.length - 1; i > 0; i--) {
    if (!SEPARATORS.test(text.charAt(i)) && text.charAt(i) !== '第') continue;
    const rest = /^[\s/#·\-－—_]*第?\s*(\d{1,6})\s*份?$/.exec(text.slice(i));
    const head = text.slice(0, i).replace(/[\s/#·\-－—_]+$/, '');
    if (rest?.[1] && head) out.push({ carrierNo: head, copyNo: Number(rest[1]) });
  }
  return out;
}

export function scanCopy(core: AppCore, input: In<typeof InventoryScanInput>): InventoryScanResult {
  const { db } = core.session();
  const splits = scanSplits(input.code);
  const { lineId, already } = core.write(
    'inventory_check',
    'inventory',
    (tx, ctx) => {
      requireOpen(tx, input.inventoryId);
      const candidates = lineQuery(tx)
        .where(
          and(
            eq(inventoryLines.inventoryId, input.inventoryId),
            inList(
              carriers.carrierNo,
              splits.map((s) => s.carrierNo),
            ),
          ),
        )
        .all();
      let hit: (typeof candidates)[number] | undefined;
      for (const s of splits) {
        const same = candidates.filter((c) => c.carrierNo === s.carrierNo);
        if (s.copyNo !== null) hit = same.find((c) => c.copyNo === s.copyNo);
        else if (same.length === 1) hit = same[0];
        else if (same.length > 1)
          refuse(
            'inventory_scan_needs_copy',
            `${s.carrierNo} 在这次清点中有 ${same.length} 份，请连同份号输入，如 ${s.carrierNo} ${String(same[0]?.copyNo ?? 1).padStart(4, '0')}。`,
            'code',
          );
        if (hit) break;
      }
      if (!hit)
        refuse(
          'inventory_scan_not_found',
          `这次清点中没有「${input.code.trim()}」：请核对编号和份号，或它不在本次清点范围内。`,
          'code',
        );
      // A copy already 在位 or 不符 stays as counted; a scan of one marked 缺失 means it has turned up.
      if (hit.l.result === 'present' || hit.l.result === 'discrepant')
        return { lineId: hit.l.id, already: true };
      tx.update(inventoryLines)
        .set({ result: 'present', note: null, checkedAt: ctx.now })
        .where(eq(inventoryLines.id, hit.l.id))
        .run();
      return { lineId: hit.l.id, already: false };
    },
    (r) => ({
      entityId: input.inventoryId,
      detail: { lines: r.already ? [] : [[r.lineId, 'present']], scanned: input.code.trim() },
    }),
  );
  const row = lineQuery(db).where(eq(inventoryLines.id, lineId)).get();
  if (!row) throw new AppException('INTERNAL', '清点条目保存后无法读取。');
  return { line: lineView(row), already, inventory: view(db, loadInventory(db, input.inventoryId)) };
}

export function checkRest(core: AppCore, input: In<typeof InventoryCheckRestInput>): InventoryView {
  const { db } = core.session();
  core.write(
    'inventory_check',
    'inventory',
    (tx, ctx) => {
      requireOpen(tx, input.inventoryId);
      const pending = and(
        eq(inventoryLines.inventoryId, input.inventoryId),
        eq(inventoryLines.result, 'pending'),
      );
      const n = tx.select({ n: count() }).from(inventoryLines).where(pending).get()?.n ?? 0;
      if (n !== input.expected)
        refuse(
          'inventory_rest_changed',
          `未清点的份数已由 ${input.expected} 变为 ${n}，请看一下列表后再确认。`,
          'expected',
        );
      tx.update(inventoryLines).set({ result: 'present', checkedAt: ctx.now }).where(pending).run();
      return n;
    },
    (n) => ({ entityId: input.inventoryId, detail: { rest: 'present', count: n } }),
  );
  return view(db, loadInventory(db, input.inventoryId));
}
