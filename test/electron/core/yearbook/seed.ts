// A database with known counts for the year book and the report: rows put straight into the registers' tables
// (every NOT NULL column the test does not name is filled with a neutral value), each figure's rows in 2026 and
// decoys just outside it (2025, 2027, other kinds or states), so a figure whose SQL misses a condition reads wrong.
import type { Db } from '../../../../db/open';

type Row = Record<string, string | number | null>;

let uniq = 0;

/** Insert one row; NOT NULL columns left out get a distinct text or 0. Returns the new rowid. */
export function put(db: Db, table: string, row: Row): number {
  const cols = db.$client.prepare(`PRAGMA table_info("${table}")`).all() as {
    name: string;
    type: string;
    notnull: number;
    dflt_value: unknown;
    pk: number;
  }[];
  const full: Row = { ...row };
  for (const c of cols) {
    if (c.name in full || c.pk || !c.notnull || c.dflt_value !== null) continue;
    full[c.name] = /INT|REAL/i.test(c.type)
      ? 0
      : c.name.endsWith('_at')
        ? '2026-01-01T00:00:00.000Z'
        : `x${++uniq}`;
  }
  const names = Object.keys(full);
  const r = db.$client
    .prepare(
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    )
    .run(...names.map((n) => full[n]));
  return Number(r.lastInsertRowid);
}

export function seedYear(db: Db) {
  const dept = put(db, 'departments', { name: '机要科', sort_order: 1 });
  const person = (over: Row) =>
    put(db, 'persons', { name: '张三', department_id: dept, status: 'in_post', gender: 'male', ...over });
  const core1 = person({ clearance: 'core', posted_on: '2026-02-01' });
  for (let i = 0; i < 2; i++) person({ clearance: 'important', posted_on: '2026-03-01' });
  for (let i = 0; i < 3; i++)
    person({ clearance: 'general', posted_on: i === 0 ? '2026-04-01' : '2025-04-01' });
  person({ clearance: 'general', status: 'separation', posted_on: '2024-01-01' });

  // 责任制: 3 members in the year (one left in 2024), 2 meetings (1 in 2025), 4 letters (1 of 2025), plan 3 (1 done).
  for (let i = 0; i < 3; i++)
    put(db, 'committee_members', { person_id: core1, role: 'member', joined_on: '2025-01-01' });
  put(db, 'committee_members', {
    person_id: core1,
    role: 'member',
    joined_on: '2020-01-01',
    left_on: '2024-06-01',
  });
  put(db, 'committee_meetings', {
    held_on: '2026-03-10',
    topics: '部署',
    chair: '李',
    attendees: '全体',
    recorder: '王',
  });
  put(db, 'committee_meetings', {
    held_on: '2026-09-10',
    topics: '总结',
    chair: '李',
    attendees: '全体',
    recorder: '王',
  });
  put(db, 'committee_meetings', {
    held_on: '2025-09-10',
    topics: '旧',
    chair: '李',
    attendees: '全体',
    recorder: '王',
  });
  for (let i = 0; i < 4; i++) {
    const d = i === 0 ? dept : put(db, 'departments', { name: `科室${i}`, sort_order: i + 1 });
    put(db, 'responsibility_letters', { year: 2026, department_id: d, signed_on: '2026-01-05' });
  }
  put(db, 'responsibility_letters', { year: 2025, department_id: dept, signed_on: '2025-01-05' });
  // 领导干部责任制检查: 2 of 2026 (one with an item 基本落实), 1 of 2025.
  const items = (short: boolean) =>
    JSON.stringify([
      { duty: 'lead_responsibility', rating: 'done', note: null },
      { duty: 'training', rating: short ? 'partly' : 'done', note: short ? '参训不足' : null },
    ]);
  const other = db.$client
    .prepare('SELECT id FROM persons WHERE id <> ? LIMIT 1')
    .pluck()
    .get(core1) as number;
  for (const [year, short, who] of [
    [2026, false, core1],
    [2026, true, other],
    [2025, false, core1],
  ] as const)
    put(db, 'leader_checks', {
      year,
      person_id: who,
      post: '局长',
      items: items(short),
      grade: short ? 'fair' : 'good',
      checker: '王丽',
      checked_on: `${year}-12-20`,
    });
  const task = (over: Row) =>
    put(db, 'committee_tasks', {
      kind: 'plan_item',
      year: 2026,
      content: '清查',
      status: 'open',
      owner_person_id: core1,
      ...over,
    });
  task({ status: 'done', done_on: '2026-05-01' });
  task({});
  task({});
  task({ kind: 'decision' });
  task({ year: 2025 });

  // 制度: in force at the year's end 2 (2020, 2026-03), adopted 1, repealed 1 (in force 2019–2026-05).
  put(db, 'rule_documents', { name: '保密制度', effective_on: '2020-01-01' });
  put(db, 'rule_documents', { name: '载体管理办法', effective_on: '2026-03-01' });
  put(db, 'rule_documents', { name: '旧办法', effective_on: '2019-01-01', repealed_on: '2026-05-01' });
  put(db, 'rule_documents', { name: '明年办法', effective_on: '2027-01-01' });

  // 培训: 2 held sessions (2 + 3 学时), a planned one and one of 2025; 5 attended, 2 absent in 2026.
  const session = (over: Row) =>
    put(db, 'training_sessions', { purpose: 'annual', form: 'lecture', status: 'held', year: 2026, ...over });
  const s1 = session({ held_on: '2026-03-01', hours: 2 });
  session({ held_on: '2026-09-01', hours: 3 });
  session({ status: 'planned', planned_on: '2026-11-01', hours: 7 });
  const s0 = session({ held_on: '2025-09-01', hours: 4, year: 2025 });
  const attend = (sid: number, status: string, on: string) =>
    put(db, 'training_attendance', { session_id: sid, person_id: core1, status, held_on: on, hours: 1 });
  for (let i = 0; i < 4; i++) attend(s1, 'present', '2026-03-01');
  attend(s1, 'make_up', '2026-04-01');
  attend(s1, 'absent', '2026-03-01');
  attend(s1, 'absent', '2026-03-01');
  attend(s0, 'present', '2025-09-01');

  // 人员: 1 leaving approved in 2026 (1 open), 3 vettings (1 of 2025), 4 pledges, 1 travel, 2 annual appraisals.
  put(db, 'leaving_procedures', {
    person_id: core1,
    kind: 'off_post',
    status: 'approved',
    approved_on: '2026-07-01',
  });
  put(db, 'leaving_procedures', { person_id: core1, kind: 'off_post', status: 'open' });
  for (const on of ['2026-01-10', '2026-02-10', '2026-12-31', '2025-12-31'])
    put(db, 'vettings', { person_id: core1, kind: 'initial', vetted_on: on, result: 'passed' });
  for (let i = 0; i < 4; i++)
    put(db, 'pledges', { person_id: core1, kind: 'in_post', signed_on: '2026-01-10' });
  put(db, 'private_travel', { person_id: core1, applied_on: '2026-05-01', status: 'applied' });
  put(db, 'private_travel', { person_id: core1, applied_on: '2027-01-01', status: 'applied' });
  for (const kind of ['annual', 'annual', 'special'])
    put(db, 'appraisals', { person_id: core1, kind, year: 2026, result: 'pass' });

  // 定密: 2 active items (1 inactive); decisions 2 classify, 1 declassify in 2026 (1 declassify of 2025).
  put(db, 'classification_items', { name: '事项一', level: 'secret', term_kind: 'period', active: 1 });
  put(db, 'classification_items', { name: '事项二', level: 'confidential', term_kind: 'period', active: 1 });
  put(db, 'classification_items', { name: '事项三', level: 'secret', term_kind: 'period', active: 0 });

  // 载体: received 3, produced 2, copied 1 in 2026 (one received of 2025); a 绝密 one is known by 2 people.
  let no = 0;
  const carrier = (source: string, on: string, level = 'secret') =>
    put(db, 'carriers', {
      carrier_no: `C${++no}`,
      name: `文件${no}`,
      source,
      registered_on: on,
      level,
      level_rank: 2,
      type: 'paper',
      term_kind: 'period',
      status: 'in_custody',
      class_state: 'classified',
      copy_count: 1,
    });
  const c1 = carrier('received', '2026-02-01', 'top_secret');
  carrier('received', '2026-03-01');
  carrier('received', '2026-12-31');
  carrier('received', '2025-12-31');
  carrier('produced', '2026-04-01');
  carrier('produced', '2026-05-01');
  carrier('copied', '2026-06-01');
  for (const [kind, on] of [
    ['classify', '2026-04-01'],
    ['classify', '2026-05-01'],
    ['declassify', '2026-06-01'],
    ['declassify', '2025-06-01'],
  ] as const)
    put(db, 'classification_decisions', { carrier_id: c1, kind, decided_on: on });
  put(db, 'carrier_knowers', { carrier_id: c1, name: '张三', known_on: '2026-02-02', how: '阅读' });
  put(db, 'carrier_knowers', { carrier_id: c1, name: '李四', known_on: '2026-02-03', how: '阅读' });
  put(db, 'carrier_knowers', { carrier_id: c1, name: '王五', known_on: '2025-02-03', how: '阅读' });
  const copy = () => put(db, 'carrier_copies', { carrier_id: c1, copy_no: ++no, status: 'in_custody' });
  const ok = put(db, 'approvals', {
    kind: 'destroy',
    subject_type: 'carrier',
    decision: 'approved',
    approver_name: '李局长',
  });
  const b1 = put(db, 'destruction_batches', {
    batch_no: 'X1',
    destroyed_at: '2026-08-01T09:00:00.000Z',
    approval_id: ok,
  });
  const b0 = put(db, 'destruction_batches', {
    batch_no: 'X0',
    destroyed_at: '2025-08-01T09:00:00.000Z',
    approval_id: ok,
  });
  for (let i = 0; i < 3; i++) put(db, 'destruction_items', { copy_id: copy(), batch_id: b1, carrier_id: c1 });
  put(db, 'destruction_items', { copy_id: copy(), batch_id: b0, carrier_id: c1 });
  const move = (over: Row) =>
    put(db, 'carrier_movements', {
      kind: 'borrow',
      carrier_id: c1,
      copy_id: copy(),
      person_name: '赵',
      ...over,
    });
  move({ started_on: '2026-05-01', due_on: '2026-05-31' }); // overdue on 2026-06-15
  move({ started_on: '2026-06-01', due_on: '2026-06-30' });
  move({ started_on: '2025-06-01', due_on: '2025-06-30', returned_on: '2025-06-20' });
  put(db, 'inventories', { scope: 'all', started_on: '2026-03-01', status: 'closed' });

  // 设备: 2 机密 + 1 秘密 classified devices in use (1 机密 retired in 2026), 2 media, 1 internet PC, 1 office PC.
  const device = (over: Row) =>
    put(db, 'devices', {
      family: 'device',
      device_no: `D${++no}`,
      kind: 'desktop',
      class: 'classified',
      status: 'in_use',
      registered_on: '2025-01-01',
      ...over,
    });
  const d1 = device({ level: 'secret' });
  device({ level: 'secret' });
  device({ level: 'confidential' });
  const dr = device({ level: 'secret', status: 'retired' });
  device({ family: 'medium', kind: 'usb', level: 'secret' });
  device({ family: 'medium', kind: 'usb', level: 'confidential' });
  device({ class: 'internet', level: null });
  device({ class: 'office', level: null });
  put(db, 'device_events', { device_id: dr, kind: 'retire', on: '2026-10-01' });
  put(db, 'device_repairs', { device_id: d1, mode: 'onsite', started_on: '2026-04-01' });
  put(db, 'device_repairs', { device_id: d1, mode: 'outside', started_on: '2026-05-01' });
  put(db, 'device_repairs', { device_id: d1, mode: 'outside', started_on: '2025-05-01' });
  put(db, 'device_usage', {
    device_id: d1,
    user_name: '张三',
    started_at: '2026-03-03T09:00:00.000Z',
    prints: 2,
    print_detail: '通知',
  });

  // 要害: 1 department, 2 places approved (1 proposed); 2 checks and 3 visits in 2026.
  const site = (kind: string, status: string) =>
    put(db, 'key_sites', {
      kind,
      name: `要害${++no}`,
      level: 'secret',
      status,
      approved_on: status === 'approved' ? '2025-01-01' : null,
      manager_person_id: core1,
    });
  const k1 = site('department', 'approved');
  site('place', 'approved');
  site('place', 'approved');
  site('place', 'proposed');
  put(db, 'key_site_checks', { site_id: k1, checked_on: '2026-02-01' });
  put(db, 'key_site_checks', { site_id: k1, checked_on: '2026-08-01' });
  put(db, 'key_site_checks', { site_id: k1, checked_on: '2025-08-01' });
  for (let i = 0; i < 3; i++) put(db, 'key_site_visits', { site_id: k1, in_at: '2026-04-01T08:00:00.000Z' });
  put(db, 'key_site_protections', { site_id: k1, category: 'technical', item: '视频监控', quantity: 4 });

  // 会议: 2 meetings and 1 visit in 2026; 审查: 3 in 2026 (1 withheld), 1 of 2025.
  for (const [kind, on] of [
    ['meeting', '2026-03-01'],
    ['meeting', '2026-04-01'],
    ['visit', '2026-05-01'],
    ['meeting', '2025-05-01'],
  ] as const)
    put(db, 'classified_meetings', {
      kind,
      name: '会',
      level: 'secret',
      starts_on: on,
      ends_on: on,
      host_department_id: dept,
    });
  for (const [outcome, on] of [
    ['withhold', '2026-02-01'],
    ['publish', '2026-03-01'],
    [null, '2026-04-01'],
    ['withhold', '2025-04-01'],
  ] as const)
    put(db, 'reviews', {
      title: '稿件',
      handler_person_id: core1,
      department_id: dept,
      purpose: 'press',
      applied_on: on,
      status: outcome ? 'decided' : 'in_review',
      outcome,
    });

  // 检查: 2 in 2026, 1 in 2025. Findings (carriers): 1 closed, 1 overdue, 1 open not yet due; (training) 1 closed.
  const inspection = (on: string) =>
    put(db, 'inspections', { kind: 'self_dept', title: '检查', checked_on: on, areas: '[]', status: 'open' });
  const i1 = inspection('2026-03-01');
  inspection('2026-09-01');
  const i0 = inspection('2025-09-01');
  const finding = (inspectionId: number, area: string, status: string, deadline: string) =>
    put(db, 'findings', {
      inspection_id: inspectionId,
      area,
      what: '问题',
      severity: 'minor',
      status,
      deadline,
    });
  finding(i1, 'carriers', 'closed', '2026-04-01');
  finding(i1, 'carriers', 'rectifying', '2026-03-31');
  finding(i1, 'carriers', 'pending', '2026-07-01');
  finding(i1, 'training', 'closed', '2026-04-01');
  finding(i0, 'carriers', 'pending', '2025-10-01');

  // 事件: 2 in 2026 — one reported to the bureau after 10 hours, one after 30; one of 2025.
  const incident = (at: string) =>
    put(db, 'incidents', {
      title: '事件',
      kind: 'violation',
      discovered_at: at,
      status: 'reported',
      department_id: dept,
    });
  const report = (incidentId: number, at: string, recipient = 'bureau') =>
    put(db, 'incident_reports', {
      incident_id: incidentId,
      recipient,
      recipient_name: '市保密局',
      reported_at: at,
      method: 'phone',
    });
  const e1 = incident('2026-03-01T08:00:00.000Z');
  report(e1, '2026-03-01T18:00:00.000Z');
  const e2 = incident('2026-05-01T08:00:00.000Z');
  report(e2, '2026-05-01T10:00:00.000Z', 'superior');
  report(e2, '2026-05-02T14:00:00.000Z');
  incident('2025-05-01T08:00:00.000Z');

  // 奖惩: 2 rewards and 1 penalty in 2026, a reward of 2025.
  for (const [kind, on] of [
    ['reward', '2026-03-01'],
    ['reward', '2026-04-01'],
    ['penalty', '2026-05-01'],
    ['reward', '2025-05-01'],
  ] as const)
    put(db, 'sanctions', { kind, matter: '事项', person_id: core1, on, category: '通报', approved_on: on });
}
