// Test helpers for the personnel register: valid ID numbers, and a person taken through the steps the
// regulations require, the way the clerk would.
import { idCheckChar } from '../../../../electron/ipc/schemas/persons-id-number';
import type { Desk } from '../carriers/helpers';

export { openDesk, received } from '../carriers/helpers';
export type { Desk } from '../carriers/helpers';

/** What these steps need of a desk: its calls (the e2e seeds go through the Chromium bridge's dispatcher). */
type Caller = Pick<Desk, 'call'>;

/** A valid 18-digit ID number: Beijing 东城区, the birth date, a sequence (odd = male) and its check digit. */
export function idNumber(birth = '19850315', seq = '123'): string {
  const first = `110101${birth}${seq}`;
  return first + idCheckChar(first);
}

export const approval = (decidedAt: string, name = '李建国', title = '局长') => ({
  approver: { type: 'person' as const, name, title },
  decidedAt,
  documentNo: '人保〔2026〕5号',
});

let seq = 100;

/** A department and a 拟任 person in it holding one post of `level`. */
export async function newPerson(
  desk: Caller,
  over: { name?: string; level?: 'top_secret' | 'secret' | 'confidential'; department?: string } = {},
) {
  const deptName = over.department ?? '办公室';
  const depts = await desk.call('departments:list', {});
  const dept =
    depts.find((d) => d.name === deptName) ?? (await desk.call('departments:create', { name: deptName }));
  const s = String((seq += 2) + 1);
  return desk.call('persons:create', {
    name: over.name ?? '张建华',
    gender: 'male',
    idNumber: idNumber('19850315', s),
    departmentId: dept.id,
    politicalStatus: '中共党员',
    proposedOn: '2026-01-05',
    posts: [{ post: '机要员', level: over.level ?? 'secret', startedOn: '2026-01-05' }],
  });
}

/** 部门提名 → 部门负责人审核 → 单位领导审批 → 备案, the clearance the posts call for. */
export async function clearThroughChain(desk: Caller, personId: number, on = '2026-01-10') {
  const d = await desk.call('persons:nominateClearance', {
    personId,
    reason: '拟任机要岗位',
    nomination: approval(on, '赵敏', '办公室主任'),
  });
  await desk.call('persons:clearanceStep', {
    decisionId: d.id,
    step: 'dept_review',
    approval: approval(on, '赵敏', '办公室主任'),
  });
  await desk.call('persons:clearanceStep', {
    decisionId: d.id,
    step: 'leader_approve',
    approval: approval(on),
  });
  return desk.call('persons:clearanceStep', {
    decisionId: d.id,
    step: 'file',
    approval: approval(on, '保密办', '备案'),
  });
}

/** Vetting passed, pre-post training and the onboarding pledge: what 先培训后上岗 asks. */
export async function makeReady(
  desk: Caller & Partial<Pick<Desk, 'clock'>>,
  personId: number,
  on = '2026-01-12',
) {
  await desk.call('persons:vet', {
    personId,
    vettedOn: on,
    result: 'passed',
    form: {
      foreignContacts: '无',
      family: [{ relation: '配偶', name: '李梅', age: 38, nationality: '中国' }],
    },
  });
  // Attendance is recorded once the training has taken place (attendance_not_in_future): a desk whose clock
  // is still before the day moves to it, as the clerk records on the day.
  if (desk.clock && desk.clock.now() < new Date(`${on}T12:00:00`)) desk.clock.set(on);
  await desk.call('persons:train', {
    personId,
    kind: 'pre_post',
    trainedOn: on,
    hours: 4,
    content: '保密法规、单位保密制度、岗位职责',
  });
  // 任用前培训并考核合格后方可任职: the 岗前培训 closes with its 考核.
  await desk.call('trainings:appraise', {
    personId,
    kind: 'pre_post',
    year: Number(on.slice(0, 4)),
    appraisedOn: on,
    result: 'pass',
    appraiser: '王丽',
  });
  await desk.call('persons:pledge', { personId, kind: 'onboarding', signedOn: on });
}

/** A person cleared, ready and 在岗. */
export async function postedPerson(desk: Caller, over: Parameters<typeof newPerson>[1] = {}) {
  const p = await newPerson(desk, over);
  await clearThroughChain(desk, p.id);
  await makeReady(desk, p.id);
  return desk.call('persons:post', { personId: p.id, postedOn: '2026-01-15', postCertNo: '上岗2026-001' });
}

/** Every step of the leaving procedure but the approval (and, if asked, but the 清退 check). */
export async function leavingReady(
  desk: Desk,
  personId: number,
  kind: 'off_post' | 'resign' | 'retire' | 'transfer' = 'off_post',
  checkCarriers = true,
) {
  const l = await desk.call('leaving:start', { personId, kind, startedOn: '2026-06-01', reason: '工作调整' });
  await desk.call('leaving:talk', {
    leavingId: l.id,
    talkOn: '2026-06-02',
    present: [
      { name: '王丽', title: '保密员' },
      { name: '赵敏', title: '办公室主任' },
    ],
  });
  await desk.call('leaving:devices', {
    leavingId: l.id,
    returnedOn: '2026-06-03',
    devices: ['涉密笔记本 BJ-012'],
  });
  await desk.call('leaving:account', { leavingId: l.id, doneOn: '2026-06-03' });
  await desk.call('leaving:pledge', { leavingId: l.id, signedOn: '2026-06-03' });
  if (checkCarriers) await desk.call('leaving:carriers', { leavingId: l.id, checkedOn: '2026-06-04' });
  return l;
}
