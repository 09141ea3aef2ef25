// Each action of a device's lifecycle is one transaction with one audit entry (issue 14 point 3), and 批量归还
// takes back several items in one entry — all of them, or none when one of them cannot be taken back.
import { asc, gt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, deviceEvents } from '../../../../db/schema';
import { approval, deviceDesk, laptop, usb, type DeviceDesk } from './helpers';

/** The audit entries written since `seq`, by action. */
const entriesSince = (desk: DeviceDesk, seq: number) =>
  desk.core
    .session()
    .db.select({ seq: auditLog.seq, action: auditLog.action, entity: auditLog.entity })
    .from(auditLog)
    .where(gt(auditLog.seq, seq))
    .orderBy(asc(auditLog.seq))
    .all();
const lastSeq = (desk: DeviceDesk) =>
  desk.core.session().db.$client.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;

describe('one audit entry per action', () => {
  it('登记, 领用, 借用, 返回, 变更, 维修, 完成, 检查, 使用登记, 归还, 报废, 销毁: one entry each, in order', async () => {
    const desk = await deviceDesk();
    const seq = lastSeq(desk);
    const d = await desk.call('devices:register', laptop());
    await desk.call('devices:issue', { deviceId: d.id, custodianId: desk.zhou, issuedOn: '2026-06-02' });
    const m = await desk.call('devices:register', usb());
    await desk.call('devices:borrow', {
      deviceId: m.id,
      borrowerId: desk.sun,
      reason: '拷贝文件',
      connectDeviceId: d.id,
      contentLevel: 'secret',
      lentOn: '2026-06-03',
      dueOn: '2026-06-05',
      approval: approval('2026-06-03'),
    });
    await desk.call('devices:return', {
      deviceId: m.id,
      returnedOn: '2026-06-04',
      checkerName: '王丽',
      checkResult: '已清除',
    });
    await desk.call('devices:change', {
      deviceId: d.id,
      changedOn: '2026-06-06',
      reason: '调整',
      location: '办公楼 305',
    });
    await desk.call('devices:repair', {
      deviceId: d.id,
      mode: 'onsite',
      fault: '键盘失灵',
      startedOn: '2026-06-07',
      escortName: '王丽',
      approval: approval('2026-06-07'),
    });
    await desk.call('devices:repairDone', { deviceId: d.id, returnedOn: '2026-06-07', result: '更换键盘' });
    await desk.call('devices:addCheck', {
      deviceId: d.id,
      kind: 'antivirus',
      checkedOn: '2026-06-08',
      checkerName: '王丽',
      result: '未发现病毒',
    });
    await desk.call('devices:addUsage', {
      deviceId: d.id,
      userId: desk.zhou,
      startedAt: '2026-06-09 09:00',
      purpose: '起草文件',
      maxLevel: 'secret',
    });
    await desk.call('devices:giveBack', {
      deviceIds: [d.id],
      returnedOn: '2026-06-10',
      receiverName: '王丽',
    });
    await desk.call('devices:retire', {
      deviceId: d.id,
      retiredOn: '2026-06-11',
      reason: '老化',
      approval: approval('2026-06-11'),
    });
    await desk.call('devices:destroy', {
      deviceId: d.id,
      destroyedOn: '2026-06-12',
      place: '市保密局指定销毁中心',
      method: '硬盘物理粉碎',
      witnesses: [{ name: '张伟' }, { name: '刘芳' }],
      approval: approval('2026-06-12'),
    });
    const entries = entriesSince(desk, seq);
    expect(entries.map((e) => e.action)).toEqual([
      'device_register',
      'device_issue',
      'device_register',
      'device_borrow',
      'device_return',
      'device_change',
      'device_repair',
      'device_repair_done',
      'device_check',
      'device_usage',
      'device_give_back',
      'device_retire',
      'device_destroy',
    ]);
    expect(new Set(entries.map((e) => e.entity))).toEqual(new Set(['device']));
    // Every movement of the item (all but the usage entry) is in its history.
    const gone = await desk.call('devices:get', { id: d.id });
    expect(gone.events.map((e) => e.kind)).toEqual([
      'register',
      'issue',
      'change',
      'repair',
      'repair_done',
      'check',
      'give_back',
      'retire',
      'destroy',
    ]);
    expect((await desk.call('devices:get', { id: m.id })).events.map((e) => e.kind)).toEqual([
      'register',
      'borrow',
      'return',
    ]);
  });
});

describe('批量归还 of devices and media', () => {
  it('takes back every ticked item in one audit entry, each with its history row', async () => {
    const desk = await deviceDesk();
    const ids: number[] = [];
    for (const no of ['U-101', 'U-102', 'U-103']) {
      const m = await desk.call('devices:register', usb({ deviceNo: no, custodianId: desk.zhou }));
      ids.push(m.id);
    }
    const seq = lastSeq(desk);
    const r = await desk.call('devices:giveBack', {
      deviceIds: ids,
      returnedOn: '2026-06-15',
      receiverName: '王丽',
    });
    expect(r.returned).toEqual(['U-101', 'U-102', 'U-103']);
    expect(entriesSince(desk, seq).map((e) => e.action)).toEqual(['device_give_back']);
    for (const id of ids) {
      const m = await desk.call('devices:get', { id });
      expect(m).toMatchObject({ status: 'in_stock', custodianName: null });
      expect(m.events.at(-1)).toMatchObject({ kind: 'give_back', counterpart: '周杰' });
    }
    expect((await desk.call('devices:heldBy', { personId: desk.zhou })).length).toBe(0);
  });

  it('takes back none when one of the batch is not in anyone’s charge', async () => {
    const desk = await deviceDesk();
    const held = await desk.call('devices:register', usb({ deviceNo: 'U-201', custodianId: desk.zhou }));
    const inStore = await desk.call('devices:register', usb({ deviceNo: 'U-202' }));
    const events = () => desk.core.session().db.select().from(deviceEvents).all().length;
    const before = { seq: lastSeq(desk), events: events() };
    const e = await desk.refused('devices:giveBack', {
      deviceIds: [held.id, inStore.id],
      returnedOn: '2026-06-15',
      receiverName: '王丽',
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'device_state' });
    expect(e.message).toContain('U-202');
    expect(lastSeq(desk)).toBe(before.seq);
    expect(events()).toBe(before.events);
    expect((await desk.call('devices:get', { id: held.id })).status).toBe('in_use');
  });
});
