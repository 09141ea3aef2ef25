// Test helpers for the device and media register: a desk with two people of the personnel register, and
// sample inputs that read like the clerk's forms (§2.4).
import type { ChannelInput } from '../../../../electron/ipc/contract';
import { openDesk, type Desk } from '../carriers/helpers';
import { postedPerson } from '../persons/helpers';

export { openDesk, type Desk };

export const approval = (decidedAt = '2026-06-15') => ({
  approver: { type: 'person' as const, name: '李建国', title: '办公室主任' },
  decidedAt,
  documentNo: '保审〔2026〕21号',
});

export interface DeviceDesk extends Desk {
  /** 周杰 of 办公室, a 重要涉密人员: the usual 责任人. */
  zhou: number;
  /** 孙丽 of 办公室: the usual borrower. */
  sun: number;
}

export async function deviceDesk(today = '2026-06-15'): Promise<DeviceDesk> {
  const desk = await openDesk(today);
  const zhou = (await postedPerson(desk, { name: '周杰' })).id;
  const sun = (await postedPerson(desk, { name: '孙丽' })).id;
  return { ...desk, zhou, sun };
}

/** 涉密便携机 BJ-012 (机密), in 周杰's charge. */
export const laptop = (
  over: Partial<ChannelInput<'devices:register'>> = {},
): ChannelInput<'devices:register'> => ({
  family: 'device',
  deviceNo: 'BJ-012',
  assetNo: 'ZC-2024-0031',
  kind: 'laptop',
  class: 'classified',
  level: 'secret',
  brandModel: '联想 昭阳 K4e',
  serialNo: 'PF3K9X21',
  diskSerials: ['S4EVNF0M812345'],
  mac: '3C:52:82:1A:2B:3C',
  location: '办公楼 302',
  purpose: '机要文件处理',
  os: '银河麒麟 V10',
  osInstalledOn: '2024-03-01',
  enabledOn: '2024-03-05',
  registeredOn: '2026-06-01',
  monitorInstalled: true,
  ...over,
});

/** 涉密U盘 U-007 (机密), unit-issued, in store. */
export const usb = (
  over: Partial<ChannelInput<'devices:register'>> = {},
): ChannelInput<'devices:register'> => ({
  family: 'medium',
  deviceNo: 'U-007',
  kind: 'usb',
  class: 'classified',
  level: 'secret',
  serialNo: 'AA1234567890',
  capacity: '32GB',
  registeredOn: '2026-06-01',
  ...over,
});

/** 上网机 HL-001. */
export const internetPc = (
  over: Partial<ChannelInput<'devices:register'>> = {},
): ChannelInput<'devices:register'> => ({
  family: 'device',
  deviceNo: 'HL-001',
  kind: 'desktop',
  class: 'internet',
  brandModel: '联想 启天 M430',
  registeredOn: '2026-06-01',
  ...over,
});
