// The unit takes the supervisor's signed receipt back: the package it names is marked acknowledged (incrementals
// build on it). Each way a receipt can be wrong is its own rule, checked in this order, with the clerk's words.
import { and, desc, eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { exchangeOutgoing } from '../../../db/schema';
import type { ReceiptImportView } from '../../ipc/schemas/exchange';
import type { AppCore } from '../app-core';
import { unitInfo } from '../session';
import { readInputFile } from '../util/input-file';
import { refuse } from '../util/refuse';
import { getCounterpart } from './counterparts';
import { parseReceipt } from './receipt';

/** A receipt for a package this installation never wrote past its last one: it was restored from an old backup. */
function receiptBehind(db: Pick<Db, 'select'>, to: string, seq: number): void {
  const last =
    db
      .select({ seq: exchangeOutgoing.seq })
      .from(exchangeOutgoing)
      .where(eq(exchangeOutgoing.receiverCode, to))
      .orderBy(desc(exchangeOutgoing.seq))
      .limit(1)
      .get()?.seq ?? 0;
  if (seq <= last) return;
  refuse(
    'receipt_unit_behind',
    `回执所指的第 ${seq} 号数据包不在本机的报送记录中（本机最后报送的是第 ${last} 号）：本机的报送序号落后于上级单位已收到的，可能是从旧备份恢复的。请联系上级单位在其机上“重新建立报送关系”，然后做一次全量报送。`,
    'path',
  );
}

export function importReceipt(core: AppCore, path: string): ReceiptImportView {
  const { db } = core.session();
  let text: string;
  try {
    text = readInputFile(path, 'receipt').toString('utf8');
  } catch (e) {
    if (e instanceof AppException && e.rule !== 'input_file_unreadable') throw e;
    throw new AppException('NOT_FOUND', `无法读取回执文件：${path}`);
  }
  const r = parseReceipt(text);
  if (!r.ok)
    refuse(
      'receipt_not_receipt',
      '该文件不是保密工作台的回执文件（.bmr），或已损坏。请确认选择的文件。',
      'path',
    );
  const sup = getCounterpart(db, r.body.from.unitCode);
  if (!sup || sup.role !== 'supervisor' || sup.signKeyId !== r.body.from.signKeyId)
    refuse(
      'receipt_unknown_supervisor',
      `回执的签发单位（${r.body.from.unitCode}）或其签名密钥未在本机登记为上级单位。请先导入并核对上级单位的公钥。`,
      'path',
    );
  if (!r.check(new Uint8Array(sup.signPublicKey)))
    refuse(
      'receipt_bad_signature',
      '回执的签名无效：回执在签发后被改动，或并非由登记的上级单位签发。',
      'path',
    );
  const me = unitInfo(db).unitCode;
  if (r.body.to.unitCode !== me)
    refuse(
      'receipt_wrong_unit',
      `该回执是发给 ${r.body.to.unitCode} 的，不是发给本单位（${me}）的，不能导入。`,
      'path',
    );
  const sent = db
    .select()
    .from(exchangeOutgoing)
    .where(and(eq(exchangeOutgoing.receiverCode, sup.unitCode), eq(exchangeOutgoing.seq, r.body.seq)))
    .get();
  if (!sent) receiptBehind(db, sup.unitCode, r.body.seq);
  if (!sent || sent.packageHash !== r.body.packageHash)
    refuse(
      'receipt_unknown_package',
      `回执所指的第 ${r.body.seq} 号数据包与本单位的报送记录不符（校验值不同）：它不是本机报送的这个数据包的回执，可能属于重新建立报送关系之前的报送。`,
      'path',
    );
  if (sent.acknowledgedAt)
    refuse(
      'receipt_replay',
      `第 ${sent.seq} 号数据包的回执已经导入过（上级单位于 ${sent.acknowledgedAt.slice(0, 10)} 确认收到），不需要再次导入。`,
      'path',
    );
  core.write(
    'exchange_receipt_import',
    'exchange_package',
    (tx, ctx) =>
      tx
        .update(exchangeOutgoing)
        .set({ acknowledgedAt: r.body.importedAt, receiptImportedAt: ctx.now })
        .where(eq(exchangeOutgoing.id, sent.id))
        .run(),
    () => ({
      entityId: `${sup.unitCode}/${sent.seq}`,
      detail: {
        seq: sent.seq,
        packageHash: sent.packageHash,
        importedAt: r.body.importedAt,
        counts: r.body.counts,
      },
    }),
  );
  return {
    supervisor: sup.unitCode,
    seq: sent.seq,
    packageHash: sent.packageHash,
    acknowledgedAt: r.body.importedAt,
  };
}
