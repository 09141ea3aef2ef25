// Test helpers for the carrier register: a set-up core whose clock the test moves, and sample inputs that
// read like the clerk's paperwork.
import type { AppCore } from '../../../../electron/core/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../electron/ipc/contract';
import type { AppError } from '../../../../electron/ipc/result';
import type { Dispatcher } from '../../../../electron/ipc/dispatch';
import { callsOn } from '../../../helpers/calls';
import { CLERK, newCore, newDispatcher, tempDir, UNIT } from '../../../helpers/temp';

export interface MovableClock {
  now(): Date;
  /** Set "today" (local calendar date, noon, so no time zone moves it to another day). */
  set(date: string): void;
}

export function movableClock(start: string): MovableClock {
  let t = new Date(`${start}T12:00:00`);
  return { now: () => new Date(t), set: (d) => (t = new Date(`${d}T12:00:00`)) };
}

export interface Desk {
  core: AppCore;
  api: Dispatcher;
  clock: MovableClock;
  /** Call a channel and return its value; a refusal fails the test with the error. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Call a channel that must be refused, and return the error. */
  refused<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<AppError>;
}

export async function openDesk(today = '2026-06-15', unit: Partial<typeof UNIT> = {}): Promise<Desk> {
  const clock = movableClock(today);
  const core = newCore(tempDir(), clock);
  const api = newDispatcher(core);
  const r = await api.dispatch('session:setup', { unit: { ...UNIT, ...unit }, account: CLERK });
  if (!r.ok) throw new Error(`setup failed: ${r.error.message}`);
  return {
    core,
    api,
    clock,
    ...callsOn(api),
  };
}

export const leaderApproval = (decidedAt = '2026-06-15') => ({
  approver: { type: 'person' as const, name: '李建国', title: '办公室主任' },
  decidedAt,
  documentNo: '保审〔2026〕8号',
});

/** 借阅 of copy 12 to 赵敏 (档案科) on the leader's approval, due at the end of June. */
export const lendCopy12 = (carrierId: number): ChannelInput<'carriers:borrow'> => ({
  carrierId,
  copyNos: [12],
  borrower: { name: '赵敏', department: '档案科' },
  lentOn: '2026-06-15',
  dueOn: '2026-06-30',
  approval: leaderApproval(),
});

/** 不同密级不得混放: the 机要室 keeps each level in its own cabinet (the 机密 one is No. 3). */
const CABINETS: Record<string, string> = {
  top_secret: '机要室1号保密柜',
  secret: '机要室3号保密柜',
  confidential: '机要室5号保密柜',
  commercial_core: '机要室7号保密柜',
  commercial_general: '机要室8号保密柜',
};

/** 收文: a 机密 document from the provincial office, two copies (the issuer's 份号 12 and 13). */
export function received(
  over: Partial<ChannelInput<'carriers:register'>> = {},
): ChannelInput<'carriers:register'> {
  return {
    source: 'received',
    type: 'paper',
    name: '关于做好2026年度保密检查工作的通知',
    docNo: '省保办〔2026〕12号',
    issuer: '省保密办',
    level: 'secret',
    term: { kind: 'period', years: 10 },
    issuedOn: '2026-05-20',
    registeredOn: '2026-06-01',
    needToKnow: ['办公室', '机要科'],
    pages: 8,
    copyCount: 2,
    copyNos: [12, 13],
    department: '办公室',
    custodian: '王丽',
    location: CABINETS[over.level ?? 'secret'] ?? '机要室3号保密柜',
    receipt: { fromUnit: '省保密办', signedBy: '王丽', countedCopies: 2 },
    ...over,
  } as ChannelInput<'carriers:register'>;
}

/** 自制: a 秘密 report the unit classified itself (承办人 proposes, 定密责任人 approves). */
export function produced(over: Record<string, unknown> = {}): ChannelInput<'carriers:register'> {
  return {
    source: 'produced',
    type: 'paper',
    name: '本单位2026年上半年保密工作自查报告',
    docNo: '档保〔2026〕3号',
    issuer: '某市档案局',
    level: 'confidential',
    term: { kind: 'period', years: 5 },
    issuedOn: '2026-06-10',
    registeredOn: '2026-06-10',
    needToKnow: ['局领导', '办公室'],
    pages: 12,
    copyCount: 3,
    department: '办公室',
    custodian: '王丽',
    classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn: '2026-06-10' },
    ...over,
  } as ChannelInput<'carriers:register'>;
}

export const twoWitnesses = [
  { name: '张伟', title: '保密办主任' },
  { name: '刘芳', title: '纪检组干部' },
];
