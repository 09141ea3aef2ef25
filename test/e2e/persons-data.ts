// Personnel data for the Chromium tests, recorded through the real dispatcher as the clerk would.
import type { Bridge } from '../../scripts/chromium-bridge';
import { idNumber } from '../electron/core/persons/helpers';

export async function ok<T>(b: Bridge, channel: string, input: unknown): Promise<T> {
  const r = await b.dispatcher.dispatch(channel as never, input as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** A 重要 person in post since `on`, vetted with `form` (the 资格审查表 contents). */
export async function postedPerson(b: Bridge, on: string, form?: Record<string, unknown>) {
  const dept = await ok<{ id: number }>(b, 'departments:create', { name: '办公室' });
  const p = await ok<{ id: number }>(b, 'persons:create', {
    name: '张建华',
    gender: 'male',
    idNumber: idNumber('19850315', '123'),
    departmentId: dept.id,
    proposedOn: on,
    posts: [{ post: '机要员', level: 'secret', startedOn: on }],
  });
  const approval = { approver: { type: 'person', name: '李建国', title: '局长' }, decidedAt: on };
  const d = await ok<{ id: number }>(b, 'persons:nominateClearance', {
    personId: p.id,
    reason: '机要岗位',
    nomination: approval,
  });
  for (const step of ['dept_review', 'leader_approve', 'file'])
    await ok(b, 'persons:clearanceStep', { decisionId: d.id, step, approval });
  await ok(b, 'persons:vet', { personId: p.id, vettedOn: on, result: 'passed', form });
  await ok(b, 'persons:train', {
    personId: p.id,
    kind: 'pre_post',
    trainedOn: on,
    hours: 4,
    content: '保密法规',
  });
  await ok(b, 'trainings:appraise', {
    personId: p.id,
    kind: 'pre_post',
    year: Number(on.slice(0, 4)),
    appraisedOn: on,
    result: 'pass',
    appraiser: '王丽',
  });
  await ok(b, 'persons:pledge', { personId: p.id, kind: 'onboarding', signedOn: on });
  await ok(b, 'persons:post', { personId: p.id, postedOn: on });
  return p;
}
