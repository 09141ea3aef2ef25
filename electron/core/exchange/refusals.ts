// Why a package or receipt is refused: stable reason codes in the fixed order of the checks, each with a
// message the clerk can act on and a distinct exit code for `baomi verify`.
import { AppException } from '../../../db/domain/errors';
import { REFUSAL_REASONS, type RefusalReason } from '../../../db/domain/vocab';

export const REFUSAL_ORDER: readonly RefusalReason[] = REFUSAL_REASONS;

/** Exit codes for the CLI: 0 valid, 10 + position in the order of checks for each refusal. */
export const REFUSAL_EXIT_CODES: Record<RefusalReason, number> = Object.fromEntries(
  REFUSAL_ORDER.map((r, i) => [r, 10 + i]),
) as Record<RefusalReason, number>;

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  message: string;
  missing?: number[];
}

export function refusal(reason: RefusalReason, message: string, missing?: number[]): Refusal {
  return missing ? { ok: false, reason, message, missing } : { ok: false, reason, message };
}

export const MESSAGES = {
  NOT_PACKAGE: '该文件不是保密工作台的报送数据包（.bmx），或文件头已损坏。请确认选择的文件。',
  UNKNOWN_FORMAT: (v: string) =>
    `数据包的格式版本（${v}）本程序不支持。请将本程序升级到与报送单位相同或更新的版本。`,
  UNKNOWN_SENDER_KEY: (code: string) =>
    `数据包的发送单位（${code}）或其签名密钥未在本机登记。请先导入并核对该单位的公钥；若对方更换过密钥，请导入其新公钥文件。`,
  BAD_SIGNATURE:
    '数据包的签名无效：内容在签名后被改动，或并非由登记的单位签发。该数据包已拒收，请向报送单位核实。',
  WRONG_RECEIVER: (to: string) =>
    `该数据包是报送给其他单位（${to}）的，或使用的不是本单位的加密公钥，不能在本机导入。`,
  DECRYPT_FAILED: '数据包无法解密：文件不完整（被截断、追加或改动）。请让报送单位重新拷贝原文件。',
  PART_HASH_MISMATCH: '数据包中的台账数据与签名清单中的校验值不符，数据包已拒收。请向报送单位核实。',
  REPLAY: (seq: number, last: number) =>
    `该数据包（第 ${seq} 号）已经导入过（本机已收到第 ${last} 号），不能重复导入。如回执丢失或未能写入，请在“下级单位报送”页重新生成回执（命令行：baomi receipt reissue --seq ${seq}）。`,
  GAP: (missing: number[]) =>
    `缺少之前的数据包：第 ${missing.join('、')} 号尚未导入。请先按顺序导入缺少的数据包。`,
  FORK: (seq: number) =>
    `第 ${seq} 号数据包与本机已导入的上一个数据包不衔接（前一包的校验值不同），可能存在两个不同的数据包序列。已拒收，请向报送单位核实。`,
  UNKNOWN_SCHEMA: (v: number) => `数据包的数据结构版本（${v}）本程序不支持。请升级本程序后再导入。`,
} as const;

/** For import: the refusal as an error the edge carries (code RULE, the reason as the rule). */
export function refusalError(r: Refusal): AppException {
  return new AppException('RULE', r.message, { rule: r.reason });
}
