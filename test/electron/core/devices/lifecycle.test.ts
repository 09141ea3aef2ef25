// The lifecycle of a device and a medium: each action one audited write with its history row.
import { describe, expect, it } from 'vitest';
import { approval, deviceDesk, laptop, usb } from './helpers';

describe('device lifecycle', () => {
  it('登记 → 领用 → 借用 → 返回检查 → 变更 → 送外维修 (硬盘拆除) → 完成 → 报废 → 销毁, with history', async () => {
    const desk = await deviceDesk();
    const d = await desk.call('devices:register', laptop());
    expect(d).toMatchObject({ status: 'in_stock', custodianName: null, level: 'secret' });
    await desk.call('devices:issue', { deviceId: d.id, custodianId: desk.zhou, issuedOn: '2026-06-02' });
    await desk.call('devices:carryOut', {
      deviceId: d.id,
      carrierId: desk.zhou,
      destination: '省保密局',
      reason: '汇报工作',
      startedOn: '2026-06-03',
      dueOn: '2026-06-05',
      approval: approval('2026-06-03'),
    });
    const out = await desk.call('devices:get', { id: d.id });
    expect(out).toMatchObject({
      status: 'carried_out',
      holderName: '周杰',
      dueOn: '2026-06-05',
      overdue: true,
    });
    const back = await desk.call('devices:return', {
      deviceId: d.id,
      returnedOn: '2026-06-05',
      checkerName: '王丽',
      checkResult: '封条完好，无新增外联记录',
    });
    expect(back).toMatchObject({ status: 'in_use', holderName: null, dueOn: null });
    await desk.call('devices:change', {
      deviceId: d.id,
      changedOn: '2026-06-06',
      reason: '调整办公室',
      location: '办公楼 305',
      custodianId: desk.sun,
    });
    await desk.call('devices:repair', {
      deviceId: d.id,
      mode: 'outside',
      fault: '主板故障',
      startedOn: '2026-06-08',
      vendor: '某市保密技术服务中心',
      vendorQualified: true,
      agreementSigned: true,
      storageRemoved: true,
      storageKeptBy: '王丽',
      sentBy: '王丽',
      approval: approval('2026-06-08'),
    });
    const fixed = await desk.call('devices:repairDone', {
      deviceId: d.id,
      returnedOn: '2026-06-12',
      result: '更换主板，硬盘重新装回',
    });
    expect(fixed).toMatchObject({ status: 'in_use', storageState: 'installed', custodianName: '孙丽' });
    await desk.call('devices:giveBack', {
      deviceIds: [d.id],
      returnedOn: '2026-06-13',
      receiverName: '王丽',
    });
    await desk.call('devices:retire', {
      deviceId: d.id,
      retiredOn: '2026-06-14',
      reason: '老化',
      approval: approval('2026-06-14'),
    });
    const gone = await desk.call('devices:destroy', {
      deviceId: d.id,
      destroyedOn: '2026-06-15',
      place: '市保密局指定销毁中心',
      method: '硬盘物理粉碎',
      witnesses: [{ name: '张伟' }, { name: '刘芳' }],
      approval: approval(),
    });
    expect(gone.status).toBe('destroyed');
    expect(gone.events.map((e) => e.kind)).toEqual([
      'register',
      'issue',
      'carry_out',
      'return',
      'change',
      'repair',
      'repair_done',
      'give_back',
      'retire',
      'destroy',
    ]);
    expect(gone.repairs[0]).toMatchObject({ mode: 'outside', storageRemoved: true, storageKeptBy: '王丽' });
    const repairs = await desk.call('devices:repairs', {});
    expect(repairs.rows[0]).toMatchObject({ deviceNo: 'BJ-012', mode: 'outside', returnedOn: '2026-06-12' });
    expect((await desk.call('devices:repairs', { open: true })).total).toBe(0);
    // History is append-only.
    const db = desk.core.session().db;
    expect(() => db.$client.prepare('DELETE FROM device_events').run()).toThrow(/kept permanently/);
  });

  it('a repair that swaps the disk hands the old one over by name and updates the register', async () => {
    const desk = await deviceDesk();
    const d = await desk.call('devices:register', laptop({ custodianId: desk.zhou }));
    await desk.call('devices:repair', {
      deviceId: d.id,
      mode: 'onsite',
      fault: '硬盘坏道',
      startedOn: '2026-06-10',
      escortName: '王丽',
      approval: approval('2026-06-10'),
    });
    const e = await desk.refused('devices:repairDone', {
      deviceId: d.id,
      returnedOn: '2026-06-11',
      result: '更换硬盘',
      newDiskSerials: ['WD-NEW-1'],
    });
    expect(e.rule).toBe('old_disk_handed_over');
    const r = await desk.call('devices:repairDone', {
      deviceId: d.id,
      returnedOn: '2026-06-11',
      result: '更换硬盘',
      newDiskSerials: ['WD-NEW-1'],
      handedOverBy: '维修人员 陈工',
      receivedBy: '王丽',
    });
    expect(r).toMatchObject({ diskSerials: ['WD-NEW-1'], storageState: 'replaced' });
    expect(r.repairs[0]).toMatchObject({ oldDiskSerials: ['S4EVNF0M812345'], newDiskSerials: ['WD-NEW-1'] });
  });

  it('lists a family page with filters and search by 序列号 and 责任人; heldBy names what a person holds', async () => {
    const desk = await deviceDesk();
    await desk.call('devices:register', laptop({ custodianId: desk.zhou }));
    await desk.call('devices:register', usb());
    const page = await desk.call('devices:list', { family: 'device', search: 'S4EVNF' });
    expect(page.total).toBe(1);
    expect((await desk.call('devices:list', { family: 'device', search: '周杰' })).total).toBe(1);
    expect(
      (await desk.call('devices:list', { family: 'medium', filters: { status: 'in_stock' } })).total,
    ).toBe(1);
    expect((await desk.call('devices:heldBy', { personId: desk.zhou })).map((h) => h.deviceNo)).toEqual([
      'BJ-012',
    ]);
  });

  it('usage logs count prints from their print lines', async () => {
    const desk = await deviceDesk();
    const d = await desk.call('devices:register', laptop({ custodianId: desk.zhou }));
    await desk.call('devices:addUsage', {
      deviceId: d.id,
      userId: desk.zhou,
      startedAt: '2026-06-15 09:00',
      endedAt: '2026-06-15 11:00',
      purpose: '起草并打印通知',
      maxLevel: 'secret',
      printLines: [
        {
          name: '关于保密检查的通知',
          docNo: '保办〔2026〕3号',
          level: 'secret',
          copies: 3,
          pagesEach: 4,
          approver: '李建国',
          handler: '周杰',
        },
      ],
    });
    const page = await desk.call('devices:usage', { deviceId: d.id });
    expect(page.rows[0]).toMatchObject({ prints: 3, userName: '周杰', maxLevel: 'secret' });
  });
});

describe('借用登记表', () => {
  it('lists every loan of a medium with the device it was connected to and its return check, newest first', async () => {
    const desk = await deviceDesk();
    const pc = await desk.call('devices:register', laptop({ custodianId: desk.zhou }));
    const m = await desk.call('devices:register', usb());
    const lend = (lentOn: string, connectDeviceId?: number) =>
      desk.call('devices:borrow', {
        deviceId: m.id,
        borrowerId: desk.sun,
        reason: '拷贝会议材料',
        lentOn,
        dueOn: '2026-06-20',
        contentLevel: 'secret',
        ...(connectDeviceId ? { connectDeviceId } : {}),
        approval: approval(lentOn),
      });
    await lend('2026-06-02', pc.id);
    await desk.call('devices:return', {
      deviceId: m.id,
      returnedOn: '2026-06-03',
      checkerName: '王丽',
      checkResult: '已清除，无残留',
    });
    await lend('2026-06-10');
    // A laptop carried out is not a loan of a medium.
    await desk.call('devices:carryOut', {
      deviceId: pc.id,
      carrierId: desk.zhou,
      destination: '省保密局',
      reason: '汇报工作',
      startedOn: '2026-06-11',
      dueOn: '2026-06-12',
      approval: approval('2026-06-11'),
    });
    const page = await desk.call('devices:movements', { family: 'medium', kind: 'borrow' });
    expect(page.total).toBe(2);
    expect(page.rows).toMatchObject([
      { deviceNo: 'U-007', startedOn: '2026-06-10', returnedOn: null, connectDeviceNo: null },
      {
        deviceNo: 'U-007',
        deviceKind: 'usb',
        level: 'secret',
        personName: '孙丽',
        startedOn: '2026-06-02',
        connectDeviceNo: 'BJ-012',
        connectLevel: 'secret',
        contentLevel: 'secret',
        returnedOn: '2026-06-03',
        checkerName: '王丽',
        checkResult: '已清除，无残留',
      },
    ]);
    expect((await desk.call('devices:movements', { open: true })).total).toBe(2);
    expect((await desk.call('devices:movements', { family: 'device' })).rows).toMatchObject([
      { deviceNo: 'BJ-012', kind: 'carry_out', destination: '省保密局' },
    ]);
  });
});
