// Test helpers for incidents: the record of a lost 机密 document as the 泄密事件报告登记表 has it.
import type { ChannelInput } from '../../../../electron/ipc/contract';

export { openDesk } from '../carriers/helpers';

export function lostDocument(
  over: Partial<ChannelInput<'incidents:open'>> = {},
): ChannelInput<'incidents:open'> {
  return {
    title: '机密级文件一份遗失',
    kind: 'possible_leak',
    discoveredAt: '2026-06-15 09:00',
    discoveredPlace: '机要室',
    discoveredBy: '王丽',
    discoveredByTitle: '保密员',
    discoveryHow: '月度清点时发现第12份缺失',
    party: '赵敏',
    partyTitle: '档案科科员',
    level: 'secret',
    summary: '借阅归还后未入柜，去向不明',
    ...over,
  };
}

export const report = (incidentId: number, recipient: 'bureau' | 'superior', reportedAt: string) => ({
  incidentId,
  recipient,
  recipientName: recipient === 'bureau' ? '市国家保密局' : '市档案局办公室',
  reportedAt,
  method: 'written' as const,
  reportedBy: '王丽',
});
