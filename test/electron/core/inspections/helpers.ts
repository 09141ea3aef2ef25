// Test helpers for checks: a monthly 部门自查 from the default template, answered the way the clerk would.
import type { Desk } from '../carriers/helpers';
import { newPerson } from '../persons/helpers';

export { openDesk } from '../carriers/helpers';
export type { Desk } from '../carriers/helpers';

/** 办公室's monthly 自查 of June 2026 over the 13 areas of art. 58. */
export async function monthlySelfCheck(
  desk: Pick<Desk, 'call'>,
  over: { kind?: 'self_dept' | 'superior' } = {},
) {
  const dept = await newPerson(desk, { name: '刘洋', department: '办公室' });
  const c = await desk.call('inspections:open', {
    kind: over.kind ?? 'self_dept',
    title: over.kind === 'superior' ? '市保密局2026年度保密检查' : '办公室2026年6月保密自查',
    period: '2026-06',
    checkedOn: '2026-06-15',
    departmentId: dept.departmentId,
    inspectors: '王丽、赵敏',
    ...(over.kind === 'superior' ? { authority: '市国家保密局', opinion: '发现问题限期整改' } : {}),
  });
  return { check: c, departmentId: dept.departmentId, liu: dept };
}

/** Every line 符合 but the `fail` ones (by index) 不符合. */
export function answerAll(
  desk: Pick<Desk, 'call'>,
  check: { id: number; checklist: { id: number }[] },
  fail: number[],
) {
  return desk.call('inspections:answer', {
    inspectionId: check.id,
    answers: check.checklist.map((item, i) => ({
      itemId: item.id,
      answer: fail.includes(i) ? ('fail' as const) : ('pass' as const),
      ...(fail.includes(i) ? { note: '抽查发现' } : {}),
    })),
  });
}

/** The element at `i`, failing the test where it is missing. */
export function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no element ${i}`);
  return x;
}

/** A value the test needs present. */
export function must<T>(x: T | null | undefined): T {
  if (x === null || x === undefined) throw new Error('missing value');
  return x;
}
