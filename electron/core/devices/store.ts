// Building blocks every device action shares inside its one transaction: load, record history, change, and
// the person and department an action names (read from their registers).
import { eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { DeviceEventKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { deviceEvents, devices } from '../../../db/schema';
import type { WriteCtx } from '../app-core';
import { departmentName } from '../departments';
import { loadPerson } from '../persons';
import { canonicalJson } from '../util/canonical-json';

export type Tx = Pick<Db, 'select' | 'insert' | 'update'>;
export type DeviceRecord = typeof devices.$inferSelect;

export function loadDevice(tx: Pick<Db, 'select'>, id: number, path = 'deviceId'): DeviceRecord {
  const d = tx.select().from(devices).where(eq(devices.id, id)).get();
  if (!d) {
    throw new AppException('NOT_FOUND', '找不到该设备或介质。', { fields: [{ path, message: '不存在' }] });
  }
  return d;
}

export function setDevice(
  tx: Tx,
  ctx: Pick<WriteCtx, 'now'>,
  id: number,
  patch: Partial<Omit<DeviceRecord, 'id' | 'createdAt' | 'createdBy'>>,
): void {
  tx.update(devices)
    .set({ ...patch, updatedAt: ctx.now })
    .where(eq(devices.id, id))
    .run();
}

export interface EventInput {
  deviceId: number;
  kind: DeviceEventKind;
  on: string;
  counterpart?: string | null;
  approvalId?: number | null;
  detail?: unknown;
}

export function addEvent(tx: Tx, ctx: Pick<WriteCtx, 'accountId' | 'now'>, e: EventInput): void {
  tx.insert(deviceEvents)
    .values({
      deviceId: e.deviceId,
      kind: e.kind,
      on: e.on,
      at: ctx.now,
      accountId: ctx.accountId,
      counterpart: e.counterpart ?? null,
      approvalId: e.approvalId ?? null,
      detail: canonicalJson(e.detail ?? {}),
    })
    .run();
}

/** A person of the personnel register as an action names them: id, name, and their department's name. */
export interface PersonRef {
  id: number;
  name: string;
  departmentId: number | null;
  department: string | null;
}

export function personRef(tx: Pick<Db, 'select'>, id: number): PersonRef {
  const p = loadPerson(tx, id);
  const departmentId = p.departmentId ?? null;
  return {
    id: p.id,
    name: p.name,
    departmentId,
    department: departmentId ? departmentName(tx, departmentId) : null,
  };
}

export const personLabel = (p: PersonRef) => (p.department ? `${p.department} ${p.name}` : p.name);

export const diskList = (json: string): string[] => JSON.parse(json) as string[];

/** Items whose use is controlled (approval for every movement): the 涉密 ones. */
export const isClassified = (d: Pick<DeviceRecord, 'class'>) => d.class === 'classified';
