// 复制 / 摘录 (regulation art. 27(5), 29(4)): new copies with their own 份号, stamped 复制件 by the copying
// unit, inheriting level, term and range, managed as originals. 绝密 needs the originating authority's
// recorded consent; 机密 and 秘密 an approval.
import type { CarrierDetail } from '../../ipc/schemas/carriers';
import type { CopyInput } from '../../ipc/schemas/carriers-actions';
import { carriers } from '../../../db/schema';
import { LEVEL_RANK } from '../../../db/domain/vocab';
import { COPY_MODE_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import type { AppCore } from '../app-core';
import { unitInfo } from '../session';
import { canonicalJson } from '../util/canonical-json';
import { getCarrier, nextCarrierNo } from './carriers.service';
import { personKey } from '../util/person-key';
import { checkCopyNeverLoosens, checkTermEndsAfterIssue, checkTermWithinMax, requireApproval } from './rules';
import { refuse } from '../util/refuse';
import { addEvent, insertCopies, isControlled, loadCarrier, refreshCarrier } from './store';
import { approve } from '../approvals/approve';
import { termColumns, termFromInput, termFromRow, termLabel } from './terms';
import { needToKnowOf } from './views';
import { checkStorage } from './storage';

export function copyCarrier(core: AppCore, input: CopyInput): CarrierDetail {
  const unitName = unitInfo(core.session().db).name;
  const id = core.write(
    'carrier_copy',
    'carrier',
    (tx, ctx) => {
      const o = loadCarrier(tx, input.carrierId);
      const what = COPY_MODE_LABELS[input.mode];
      if (o.liveCopies === 0) {
        refuse('copy_state', `该载体已无在管的份，不能${what}。`, 'carrierId');
      }
      let approvalId: number | null = null;
      // Consent and approval come first: dated on or before the copy, and never after today.
      const before = { notAfter: input.copiedOn };
      // 绝密: the event rests on the originator's consent; a leader's approval besides it is kept too.
      let leaderApprovalId: number | null = null;
      if (isControlled(o) && o.level === 'top_secret') {
        const consent = input.originatorConsent;
        if (!consent) {
          refuse(
            'top_secret_copy_needs_originator_consent',
            `${what}绝密级载体须征得原定密机关（或其上级机关）同意，请登记同意文件（保密法第二十六条、实施条例第二十九条）。`,
            'originatorConsent',
          );
        }
        approvalId = approve(
          tx,
          {
            approver: { type: 'person', name: consent.authority, title: '原定密机关' },
            decision: 'approved',
            decidedAt: consent.decidedAt,
            documentNo: consent.documentNo,
          },
          'copy',
          { type: 'carrier', id: o.id },
          ctx,
          { notAfter: input.copiedOn, path: 'originatorConsent.decidedAt' },
        );
        if (input.approval)
          leaderApprovalId = approve(tx, input.approval, 'copy', { type: 'carrier', id: o.id }, ctx, before);
      } else if (isControlled(o)) {
        const a = requireApproval(
          input.approval,
          'copy_needs_approval',
          `${what}${LEVEL_LABELS[o.level]}级载体须经单位领导审批并登记，请填写审批人和审批日期。`,
        );
        approvalId = approve(tx, a, 'copy', { type: 'carrier', id: o.id }, ctx, before);
      } else if (input.approval) {
        approvalId = approve(tx, input.approval, 'copy', { type: 'carrier', id: o.id }, ctx, before);
      }
      const original = {
        level: o.level,
        term: termFromRow(o),
        needToKnow: needToKnowOf(o),
        issuedOn: o.issuedOn,
      };
      const level = input.level ?? o.level;
      const term = input.term ? termFromInput(input.term) : original.term;
      const needToKnow = input.needToKnow ?? original.needToKnow;
      checkCopyNeverLoosens(original, { level, term, needToKnow });
      checkTermEndsAfterIssue(term, o.issuedOn);
      checkTermWithinMax(level, term, o.issuedOn);
      // The copies are new carriers at their own place: the same storage warnings as at registration.
      const storage = checkStorage(tx, { level, location: input.location }, input.storageReason);
      const custodianKey = personKey(input.custodian, input.department);
      const stamp = `${input.mode === 'excerpt' ? '摘录件' : '复制件'}：${unitName}，${input.copiedOn}`;
      const row = tx
        .insert(carriers)
        .values({
          carrierNo: input.carrierNo ?? nextCarrierNo(tx, 'copied', input.copiedOn),
          type: o.type,
          name: input.name ?? (input.mode === 'excerpt' ? `${o.name}（摘录）` : o.name),
          docNo: o.docNo,
          issuer: o.issuer,
          level,
          levelRank: LEVEL_RANK[level],
          // The term still counts from the original's 制发日; a declassified original has no term end.
          ...termColumns(term, o.issuedOn),
          ...(o.classState === 'declassified' ? { termEndsOn: null } : {}),
          issuedOn: o.issuedOn,
          registeredOn: input.copiedOn,
          needToKnow: JSON.stringify(needToKnow),
          pages: o.pages,
          capacity: o.capacity,
          source: 'copied',
          originalId: o.id,
          copyMode: input.mode,
          copyStamp: stamp,
          ownClassification: o.ownClassification,
          department: input.department,
          custodianName: input.custodian,
          custodianKey,
          location: input.location ?? null,
          secretPoints: o.secretPoints,
          classificationItemId: o.classificationItemId,
          status: 'in_custody',
          classState: o.classState,
          declassifiedOn: o.declassifiedOn,
          lastReviewYear: o.lastReviewYear,
          copyCount: input.copyCount,
          liveCopies: input.copyCount,
          createdAt: ctx.now,
          updatedAt: ctx.now,
          createdBy: ctx.accountId,
        })
        .returning({ id: carriers.id, carrierNo: carriers.carrierNo })
        .get();
      insertCopies(
        tx,
        ctx,
        row.id,
        Array.from({ length: input.copyCount }, (_, k) => k + 1),
        { name: input.custodian, department: input.department, key: custodianKey },
      );
      const detail = {
        mode: input.mode,
        count: input.copyCount,
        purpose: input.purpose,
        level,
        term: termLabel(term),
        stamp,
        // Who the copies were made for, as at the time: the 复制登记表 of a department reads it from here.
        department: input.department,
        custodian: input.custodian,
        ...(leaderApprovalId === null ? {} : { leaderApprovalId }),
      };
      addEvent(tx, ctx, {
        carrierId: o.id,
        kind: 'copy',
        on: input.copiedOn,
        counterpart: row.carrierNo,
        approvalId,
        detail: { ...detail, copyCarrierId: row.id },
      });
      addEvent(tx, ctx, {
        carrierId: row.id,
        kind: 'register',
        on: input.copiedOn,
        counterpart: o.carrierNo,
        approvalId,
        detail: {
          source: 'copied',
          originalId: o.id,
          ...detail,
          term: canonicalJson(term),
          ...(storage ? { storage } : {}),
        },
      });
      refreshCarrier(tx, ctx, o.id);
      return row.id;
    },
    (newId) => ({
      entityId: newId,
      detail: { originalId: input.carrierId, mode: input.mode, copies: input.copyCount },
    }),
  );
  return getCarrier(core, id);
}
