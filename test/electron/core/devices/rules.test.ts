// Every rule the device and media register enforces (issue 14 point 4 and the lifecycle), each test named after
// its rule: it fails when the rule is removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { approval, deviceDesk, internetPc, laptop, usb, type DeviceDesk } from './helpers';

let desk: DeviceDesk;
let n = 0;
/** A fresh 保密编号 per test, so the tests share one desk. */
const no = (prefix: string) => `${prefix}-${String(++n).padStart(3, '0')}`;
beforeAll(async () => {
  desk = await deviceDesk();
});

const rule = (rule: string) => expect.objectContaining({ code: 'RULE', rule });
const repairOutside = (deviceId: number) => ({
  deviceId,
  mode: 'outside' as const,
  fault: '无法开机',
  startedOn: '2026-06-15',
  vendor: '某市保密技术服务中心',
  vendorQualified: true,
  agreementSigned: true,
  sentBy: '王丽',
  approval: approval(),
});

describe('rules of the device and media register', () => {
  it('classified_never_online: a 涉密 device or medium is never marked as connected to the internet', async () => {
    expect(await desk.refused('devices:register', laptop({ deviceNo: no('BJ'), onInternet: true }))).toEqual(
      rule('classified_never_online'),
    );
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    expect(
      await desk.refused('devices:change', {
        deviceId: d.id,
        changedOn: '2026-06-15',
        reason: '接入网络',
        onInternet: true,
      }),
    ).toEqual(rule('classified_never_online'));
  });

  it('unclassified_no_level: a 非涉密/互联网 device never gets a 密级', async () => {
    expect(
      await desk.refused('devices:register', internetPc({ deviceNo: no('HL'), level: 'confidential' })),
    ).toEqual(rule('unclassified_no_level'));
    const pc = await desk.call('devices:register', internetPc({ deviceNo: no('HL') }));
    expect(pc.onInternet).toBe(true);
    expect(
      await desk.refused('devices:change', {
        deviceId: pc.id,
        changedOn: '2026-06-15',
        reason: '定密',
        level: 'confidential',
      }),
    ).toEqual(rule('unclassified_no_level'));
  });

  it('unclassified_no_classified_medium: a classified medium is never used with a 非涉密 device', async () => {
    const office = await desk.call('devices:register', internetPc({ deviceNo: no('FM'), class: 'office' }));
    const m = await desk.call('devices:register', usb({ deviceNo: no('U') }));
    expect(
      await desk.refused('devices:borrow', {
        deviceId: m.id,
        borrowerId: desk.sun,
        reason: '拷贝文件',
        connectDeviceId: office.id,
        lentOn: '2026-06-15',
        dueOn: '2026-06-20',
        approval: approval(),
      }),
    ).toEqual(rule('unclassified_no_classified_medium'));
    expect(
      await desk.refused('devices:addUsage', {
        deviceId: office.id,
        userId: desk.sun,
        startedAt: '2026-06-15 09:00',
        purpose: '导入文件',
        mediumId: m.id,
      }),
    ).toEqual(rule('unclassified_no_classified_medium'));
  });

  it('outside_repair_needs_storage_removed: 送外维修 without storage removal is refused', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    expect(await desk.refused('devices:repair', repairOutside(d.id))).toEqual(
      rule('outside_repair_needs_storage_removed'),
    );
    const ok = await desk.call('devices:repair', {
      ...repairOutside(d.id),
      storageRemoved: true,
      storageKeptBy: '王丽',
    });
    expect(ok).toMatchObject({ status: 'in_repair', storageState: 'removed' });
  });

  it('outside_vendor_qualified_and_bound: an outside repairer has 资质 and a 保密协议', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    expect(
      await desk.refused('devices:repair', {
        ...repairOutside(d.id),
        storageRemoved: true,
        storageKeptBy: '王丽',
        agreementSigned: false,
      }),
    ).toEqual(rule('outside_vendor_qualified_and_bound'));
  });

  it('onsite_repair_needs_escort: 现场维修 has a named 旁站陪同人', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    const onsite = {
      deviceId: d.id,
      mode: 'onsite' as const,
      fault: '键盘失灵',
      startedOn: '2026-06-15',
      approval: approval(),
    };
    expect(await desk.refused('devices:repair', onsite)).toEqual(rule('onsite_repair_needs_escort'));
    expect((await desk.call('devices:repair', { ...onsite, escortName: '王丽' })).status).toBe('in_repair');
  });

  it('repair_needs_approval: a 涉密 device is repaired only on an approval', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ') }));
    const { approval: _, ...noApproval } = {
      ...repairOutside(d.id),
      storageRemoved: true,
      storageKeptBy: '王丽',
    };
    expect(await desk.refused('devices:repair', noApproval)).toEqual(rule('repair_needs_approval'));
  });

  it('retired_keeps_storage: a device leaving use keeps its storage until destroyed', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ') }));
    await desk.call('devices:retire', {
      deviceId: d.id,
      retiredOn: '2026-06-15',
      reason: '老化',
      approval: approval(),
    });
    expect(
      await desk.refused('devices:change', {
        deviceId: d.id,
        changedOn: '2026-06-15',
        reason: '拆下硬盘另用',
        diskSerials: [],
      }),
    ).toEqual(rule('retired_keeps_storage'));
    const after = await desk.call('devices:get', { id: d.id });
    expect(after).toMatchObject({
      status: 'retired',
      storageState: 'installed',
      diskSerials: ['S4EVNF0M812345'],
    });
  });

  it('medium_level_covers_written: a medium’s 密级 is at least the highest level written to it', async () => {
    const m = await desk.call('devices:register', usb({ deviceNo: no('U'), level: 'confidential' }));
    expect(
      await desk.refused('devices:borrow', {
        deviceId: m.id,
        borrowerId: desk.sun,
        reason: '拷贝文件',
        contentLevel: 'secret',
        lentOn: '2026-06-15',
        dueOn: '2026-06-20',
        approval: approval(),
      }),
    ).toEqual(rule('medium_level_covers_written'));
    const m2 = await desk.call('devices:register', usb({ deviceNo: no('U'), level: 'top_secret' }));
    await desk.call('devices:addUsage', {
      deviceId: m2.id,
      userId: desk.sun,
      startedAt: '2026-06-15 09:00',
      purpose: '存储文件',
      maxLevel: 'top_secret',
    });
    // Written 绝密 once: the level cannot come down (not even as 降密 while in use).
    const e = await desk.refused('devices:change', {
      deviceId: m2.id,
      changedOn: '2026-06-15',
      reason: '调整',
      level: 'secret',
    });
    expect(['medium_level_covers_written', 'level_only_upward_in_use']).toContain(e.rule);
  });

  it('level_only_upward_in_use: 变更 raises a level, never lowers it', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    expect(
      await desk.refused('devices:change', {
        deviceId: d.id,
        changedOn: '2026-06-15',
        reason: '调整',
        level: 'confidential',
      }),
    ).toEqual(rule('level_only_upward_in_use'));
    const up = await desk.call('devices:change', {
      deviceId: d.id,
      changedOn: '2026-06-15',
      reason: '承担绝密任务',
      level: 'top_secret',
    });
    expect(up.level).toBe('top_secret');
  });

  it('no_retire_while_out: a device on loan or out for repair cannot be retired', async () => {
    const m = await desk.call('devices:register', usb({ deviceNo: no('U') }));
    await desk.call('devices:borrow', {
      deviceId: m.id,
      borrowerId: desk.sun,
      reason: '拷贝文件',
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: approval(),
    });
    expect(
      await desk.refused('devices:retire', {
        deviceId: m.id,
        retiredOn: '2026-06-15',
        reason: '损坏',
        approval: approval(),
      }),
    ).toEqual(rule('no_retire_while_out'));
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ') }));
    await desk.call('devices:repair', {
      ...repairOutside(d.id),
      storageRemoved: true,
      storageKeptBy: '王丽',
    });
    expect(
      await desk.refused('devices:retire', {
        deviceId: d.id,
        retiredOn: '2026-06-15',
        reason: '损坏',
        approval: approval(),
      }),
    ).toEqual(rule('no_retire_while_out'));
  });

  it('destroy_two_witnesses: destruction needs two different witnesses', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ') }));
    await desk.call('devices:retire', {
      deviceId: d.id,
      retiredOn: '2026-06-15',
      reason: '老化',
      approval: approval(),
    });
    const destroy = {
      deviceId: d.id,
      destroyedOn: '2026-06-15',
      place: '市保密局指定销毁中心',
      method: '硬盘物理粉碎',
      approval: approval(),
    };
    expect(
      await desk.refused('devices:destroy', { ...destroy, witnesses: [{ name: '张伟' }, { name: '张伟' }] }),
    ).toEqual(rule('destroy_two_witnesses'));
    const done = await desk.call('devices:destroy', {
      ...destroy,
      witnesses: [{ name: '张伟' }, { name: '刘芳' }],
    });
    expect(done).toMatchObject({ status: 'destroyed', storageState: 'destroyed' });
  });

  it('downgrade_needs_storage_destroyed: 降密/转为非涉密 only once the storage was destroyed or replaced', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    const down = {
      deviceId: d.id,
      downgradedOn: '2026-06-15',
      toClass: 'office' as const,
      reason: '不再处理涉密信息',
      approval: approval(),
    };
    expect(await desk.refused('devices:downgrade', down)).toEqual(rule('downgrade_needs_storage_destroyed'));
    await desk.call('devices:change', {
      deviceId: d.id,
      changedOn: '2026-06-15',
      reason: '更换硬盘（旧盘交保密办销毁）',
      diskSerials: ['WD-NEW-0001'],
    });
    const ok = await desk.call('devices:downgrade', down);
    expect(ok).toMatchObject({ class: 'office', level: null });
  });

  it('downgrade_lowers_level: 降密 goes to a lower level, and only once the storage was replaced', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    const down = {
      deviceId: d.id,
      downgradedOn: '2026-06-15',
      toClass: 'classified' as const,
      toLevel: 'confidential' as const,
      reason: '只处理秘密级信息',
      approval: approval(),
    };
    // 机密 → 秘密 with the 机密 disk still in it: refused.
    expect(await desk.refused('devices:downgrade', down)).toEqual(rule('downgrade_needs_storage_destroyed'));
    await desk.call('devices:change', {
      deviceId: d.id,
      changedOn: '2026-06-15',
      reason: '更换硬盘（旧盘交保密办销毁）',
      diskSerials: ['WD-NEW-0002'],
    });
    expect(await desk.refused('devices:downgrade', { ...down, toLevel: 'secret' })).toEqual(
      rule('downgrade_lowers_level'),
    );
    expect(await desk.refused('devices:downgrade', { ...down, toLevel: 'top_secret' })).toEqual(
      rule('downgrade_lowers_level'),
    );
    const ok = await desk.call('devices:downgrade', down);
    expect(ok).toMatchObject({ class: 'classified', level: 'confidential', status: 'in_use' });
    expect(ok.events.at(-1)).toMatchObject({ kind: 'downgrade', counterpart: '机密→秘密' });
    // 降密 without a level is a form error, not a guess.
    const { toLevel: _, ...noLevel } = down;
    expect((await desk.refused('devices:downgrade', noLevel)).code).toBe('VALIDATION');
  });

  it('borrow_needs_approval: a loan of a 涉密 medium rests on an approval', async () => {
    const m = await desk.call('devices:register', usb({ deviceNo: no('U') }));
    const lend = {
      deviceId: m.id,
      borrowerId: desk.sun,
      reason: '拷贝文件',
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
    };
    expect(await desk.refused('devices:borrow', lend)).toEqual(rule('borrow_needs_approval'));
    expect((await desk.call('devices:borrow', { ...lend, approval: approval() })).status).toBe('on_loan');
  });

  it('return_checker_not_borrower: a loan comes back checked by someone other than the borrower', async () => {
    const m = await desk.call('devices:register', usb({ deviceNo: no('U') }));
    await desk.call('devices:borrow', {
      deviceId: m.id,
      borrowerId: desk.sun,
      reason: '拷贝文件',
      lentOn: '2026-06-15',
      dueOn: '2026-06-20',
      approval: approval(),
    });
    const back = { deviceId: m.id, returnedOn: '2026-06-18', checkResult: '已清除' };
    expect(await desk.refused('devices:return', { ...back, checkerName: '孙丽' })).toEqual(
      rule('return_checker_not_borrower'),
    );
    expect((await desk.call('devices:return', { ...back, checkerName: '王丽' })).status).toBe('in_stock');
  });

  it('media_issued_by_unit: a medium is issued by the unit, never brought in', async () => {
    expect(await desk.refused('devices:register', usb({ deviceNo: no('U'), issuedByUnit: false }))).toEqual(
      rule('media_issued_by_unit'),
    );
  });

  it('device_level_covers_processed: a device never processes information above its level', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), level: 'confidential' }));
    expect(
      await desk.refused('devices:addUsage', {
        deviceId: d.id,
        userId: desk.zhou,
        startedAt: '2026-06-15 09:00',
        purpose: '起草文件',
        maxLevel: 'secret',
      }),
    ).toEqual(rule('device_level_covers_processed'));
  });
  it('classified_has_level: a 涉密 device or medium bears its 密级', async () => {
    expect(await desk.refused('devices:register', laptop({ deviceNo: no('BJ'), level: undefined }))).toEqual(
      rule('classified_has_level'),
    );
    expect(await desk.refused('devices:register', usb({ deviceNo: no('U'), level: undefined }))).toEqual(
      rule('classified_has_level'),
    );
  });

  it('old_disk_handed_over: a swapped disk is handed over by name', async () => {
    const d = await desk.call('devices:register', laptop({ deviceNo: no('BJ'), custodianId: desk.zhou }));
    await desk.call('devices:repair', {
      deviceId: d.id,
      mode: 'onsite',
      fault: '硬盘坏道',
      startedOn: '2026-06-15',
      escortName: '王丽',
      approval: approval(),
    });
    const swap = {
      deviceId: d.id,
      returnedOn: '2026-06-15',
      result: '更换硬盘',
      newDiskSerials: ['WD-NEW-9'],
    };
    expect(await desk.refused('devices:repairDone', swap)).toEqual(rule('old_disk_handed_over'));
    expect(await desk.refused('devices:repairDone', { ...swap, handedOverBy: '维修人员 陈工' })).toEqual(
      rule('old_disk_handed_over'),
    );
    const done = await desk.call('devices:repairDone', {
      ...swap,
      handedOverBy: '维修人员 陈工',
      receivedBy: '王丽',
    });
    expect(done.diskSerials).toEqual(['WD-NEW-9']);
  });
});
