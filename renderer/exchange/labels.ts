// Words of the exchange screens: refusal reasons, profiles, media — each reason has its own 中文 title.
import type { RefusalReason } from '../../electron/ipc/contract';

export const REFUSAL_LABELS: Record<RefusalReason, string> = {
  NOT_PACKAGE: '不是报送数据包',
  UNKNOWN_FORMAT: '格式版本不支持',
  UNKNOWN_SENDER_KEY: '发送单位或其密钥未登记',
  BAD_SIGNATURE: '签名无效',
  WRONG_RECEIVER: '不是发给本单位的',
  DECRYPT_FAILED: '解密失败（文件被改动或不完整）',
  PART_HASH_MISMATCH: '内容校验值不符',
  REPLAY: '重复导入（该序号已接收）',
  GAP: '序号不连续（缺少数据包）',
  FORK: '与已接收的数据包不衔接',
  UNKNOWN_SCHEMA: '数据结构版本不支持',
};

export const PROFILE_LABELS = { full: '全量', incremental: '增量', annual: '年度报告' } as const;
export const MEDIA_LABELS = { usb: 'U盘', cd: '光盘', disk: '移动硬盘' } as const;
export const CLEARANCE_LABELS: Record<string, string> = {
  core: '核心',
  important: '重要',
  general: '一般',
  none: '未定级',
};

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Fingerprints are 8 groups of 4: shown (and read aloud) group by group. */
export function groups(fp: string): string[] {
  const clean = fp.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return clean.match(/.{1,4}/g) ?? [];
}
