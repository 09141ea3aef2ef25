// The approvals a carrier's drawer and prints show: every approval about the carrier, and those its history
// rests on that were recorded about another subject (the 销毁 batch, the original a copy was made from). Each
// subject is asked for through the core's subject filter, so an old carrier's approvals are found however
// many approvals the unit recorded after them.
import { useEffect, useState } from 'react';
import type { ApprovalView, CarrierDetail } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { useOnChange } from '../../stores/changes';

interface Subject {
  subjectType: string;
  subjectId: string;
}

function subjectsOf(c: CarrierDetail): Subject[] {
  const all = new Map<string, Subject>();
  const add = (subjectType: string, subjectId: string) =>
    all.set(`${subjectType}/${subjectId}`, { subjectType, subjectId });
  add('carrier', String(c.id));
  if (c.original) add('carrier', String(c.original.id));
  for (const h of c.history) {
    const batchNo = (h.detail as { batchNo?: unknown } | null)?.batchNo;
    if (h.kind === 'destroy' && typeof batchNo === 'string') add('destruction', batchNo);
  }
  return [...all.values()];
}

export async function carrierApprovals(c: CarrierDetail): Promise<ApprovalView[]> {
  const restsOn = new Set(
    [...c.history.map((h) => h.approvalId), ...c.knowers.map((k) => k.approvalId)].filter(
      (x): x is number => x !== null,
    ),
  );
  const own = String(c.id);
  const pages = await Promise.all(
    subjectsOf(c).map((s) => call('approvals:list', { page: 1, pageSize: 500, ...s })),
  );
  const found = new Map<number, ApprovalView>();
  for (const r of pages) {
    if (!r.ok) continue;
    for (const a of r.value.rows) {
      if ((a.subjectType === 'carrier' && a.subjectId === own) || restsOn.has(a.id)) found.set(a.id, a);
    }
  }
  return [...found.values()].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt) || b.id - a.id);
}

/**
 * The approvals of the carrier shown, read again when the carrier is (every action that rests on an approval
 * changes the carrier too) and after a write to approvals alone.
 */
export function useCarrierApprovals(c: CarrierDetail | null): ApprovalView[] {
  const [rows, setRows] = useState<ApprovalView[]>([]);
  const [version, setVersion] = useState(0);
  useOnChange(['approvals'], (changed) => {
    if (!changed.includes('carriers')) setVersion((v) => v + 1);
  });
  useEffect(() => {
    let live = true;
    void (c ? carrierApprovals(c) : Promise.resolve([])).then((r) => live && setRows(r));
    return () => {
      live = false;
    };
  }, [c, version]);
  return rows;
}
