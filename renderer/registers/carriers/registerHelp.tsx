// What the 登记 form fills in for the clerk: 密级 from the last carrier registered here (the host's own level the
// first time), a warning when it is above the host's level, and 清点份数 following 份数 until the clerk changes it.
import { Alert, Form } from 'antd';
import { useEffect, useRef } from 'react';
import type { CarrierLevel } from '../../../electron/ipc/contract';
import type { HostLevel } from '../../../db/domain/vocab';
import { LEVEL_LABELS } from '../../../db/domain/labels';

const LAST_LEVEL = 'baomi.carriers.lastLevel';
const COUNTED = ['receipt', 'countedCopies'];
const RANK: Partial<Record<CarrierLevel, number>> = { top_secret: 3, secret: 2, confidential: 1 };

/** The 密级 to offer: the last one registered on this PC, else the host's own. */
export function defaultLevel(host: HostLevel): CarrierLevel {
  const last = localStorage.getItem(LAST_LEVEL);
  return last && last in LEVEL_LABELS ? (last as CarrierLevel) : host;
}

export function rememberLevel(level: CarrierLevel): void {
  localStorage.setItem(LAST_LEVEL, level);
}

export const aboveHost = (level: CarrierLevel | undefined, host: HostLevel): boolean =>
  (RANK[level ?? 'internal'] ?? 0) > (RANK[host] ?? 0);

/** Below the 密级 row, while it is above the level this PC is approved for. */
export function AboveHostWarning({ host }: { host: HostLevel }) {
  const level = Form.useWatch<CarrierLevel | undefined>('level');
  if (!aboveHost(level, host)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="level-above-host"
      style={{ marginBottom: 12 }}
      message={`本机为${LEVEL_LABELS[host]}级，所选密级（${LEVEL_LABELS[level ?? host]}）高于本机。`}
      description="只登记载体的编号、标志等管理信息，名称、备注中不得写入涉密内容；如确需在本机处理更高密级的信息，请先报保密工作机构。"
    />
  );
}

/** Keeps 清点份数 equal to 份数 until the clerk types a count of their own (the core compares the two). */
export function CountedFollowsCopies() {
  const form = Form.useFormInstance();
  const copies = Form.useWatch<number | undefined>('copyCount');
  // What this last wrote: a different value in the field is the clerk's own count, and stays.
  const wrote = useRef<unknown>(form.getFieldValue(COUNTED));
  useEffect(() => {
    const now: unknown = form.getFieldValue(COUNTED);
    if (!copies || (now !== undefined && now !== null && now !== wrote.current)) return;
    wrote.current = copies;
    form.setFieldValue(COUNTED, copies);
  }, [copies, form]);
  return null;
}
