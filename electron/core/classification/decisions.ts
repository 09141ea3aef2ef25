// 变更 / 解密 / 延期 / 维持 of a secret (law arts. 16, 23, 24): decided by the unit's 定密责任人 on the
// 承办人's proposal, or by the originating authority's notice; recorded with before and after, who and why,
// and the written notice to those who know it. Copies follow their original (regulation art. 27(5)).
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { LEVEL_RANK, type CarrierLevel, type ClassificationDecision } from '../../../db/domain/vocab';
import { carriers, classificationDecisions } from '../../../db/schema';
import type { CarrierDetail, TermInput } from '../../ipc/schemas/carriers';
import type {
  BeyondMaxInput,
  DeciderInput,
  DeclassifyInput,
  ExtendInput,
  ReclassifyInput,
} from '../../ipc/schemas/classification';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { approve } from '../approvals/approve';
import {
  addEvent,
  carrierSettings,
  checkExtendBeforeExpiry,
  checkLevelAllowed,
  checkTermWithinMax,
  getCarrier,
  isNational,
  loadCarrier,
  needToKnowOf,
  refreshCarrier,
  termColumns,
  termEndsOn,
  termFromInput,
  termFromRow,
  termLabel,
  type CarrierRecord,
  type Term,
} from '../carriers';
import { canonicalJson } from '../util/canonical-json';
import { yearOf } from '../util/dates';
import { refuse } from '../util/refuse';
import { newTermWithinMax } from './extension';

export interface DecisionSpec {
  kind: Exclude<ClassificationDecision, 'classify'>;
  decidedOn: string;
  by: DeciderInput;
  reason: string;
  level?: CarrierLevel | undefined;
  term?: TermInput | undefined;
  needToKnow?: string[] | undefined;
  notice?: { noticeNo?: string | undefined; noticeTo: string } | undefined;
  reviewYear?: number | null | undefined;
  /** The 另有规定 a term past the level's maximum rests on. */
  beyondMax?: BeyondMaxInput | undefined;
  /** A copy follows the term its original's decision settled (regulation art. 27(5)). */
  followTerm?: Term | undefined;
  /** 商业秘密 levels enabled for this unit. */
  commercial: boolean;
  today: string;
}

const decidedByOf = (by: DeciderInput) => (by.authority === 'own' ? by.classifierName : by.authorityName);

function checkDecision(c: CarrierRecord, s: DecisionSpec): void {
  if (s.decidedOn > s.today) {
    throw new AppException('VALIDATION', '决定日期不能晚于今天。', {
      fields: [{ path: 'decidedOn', message: '决定日期不能晚于今天' }],
    });
  }
  if (c.classState === 'declassified') {
    refuse(
      'already_declassified',
      `${c.carrierNo} 已于 ${c.declassifiedOn ?? ''} 解密，不能再作定密决定。`,
      'carrierId',
    );
  }
  if (s.by.authority === 'own' && c.ownClassification !== 1) {
    refuse(
      'only_originator_changes',
      `${c.carrierNo} 由其他机关、单位定密，其变更、解密和延期由原定密机关或其上级机关决定（保密法第二十三条、第二十四条）；请登记原定密机关的书面通知。`,
      'by.authority',
    );
  }
  if (s.kind !== 'maintain' && !s.notice) {
    refuse(
      'written_notice_required',
      '变更、解密或延期须书面通知知悉范围内的机关、单位或人员（保密法第二十三条），请登记通知对象。',
      'notice',
    );
  }
  // Law art. 24: past its end the secret has declassified itself; only 解密 can be recorded then.
  if (s.kind !== 'declassify') checkExtendBeforeExpiry(c.termEndsOn, s.decidedOn);
}

/** Apply one decision to a carrier and, in the same transaction, to every copy made from it. */
export function applyDecision(
  tx: Tx,
  ctx: WriteCtx,
  carrierId: number,
  s: DecisionSpec,
  cascade = false,
): number {
  // The review list shows what is left to decide; a decision changes it as well as the carrier.
  ctx.touch('classification');
  const c = loadCarrier(tx, carrierId);
  if (cascade && c.classState === 'declassified') return 0;
  checkDecision(c, s);
  const before = { level: c.level, term: termFromRow(c), range: needToKnowOf(c) };
  let level = c.level;
  let term = before.term;
  let range = before.range;
  let beyondMax: BeyondMaxInput | null = null;
  if (s.kind === 'reclassify' || s.kind === 'extend') {
    if (s.kind === 'reclassify' && s.level) {
      checkLevelAllowed(s.level, s.commercial);
      level = s.level;
    }
    // A new term, or the old one under a new level, is held to the level's maximum (extension.ts).
    if (s.term || level !== c.level) {
      const proposed = s.followTerm ?? (s.term ? termFromInput(s.term) : before.term);
      const settled = newTermWithinMax(level, c.issuedOn, before.term, proposed, s.beyondMax, {
        extending: s.kind === 'extend',
        follows: cascade,
      });
      term = settled.term;
      beyondMax = settled.beyondMax;
    }
    if (s.kind === 'reclassify' && s.needToKnow) range = s.needToKnow;
    const oldEnd = termEndsOn(before.term, c.issuedOn);
    const newEnd = termEndsOn(term, c.issuedOn);
    if (s.kind === 'extend' && !(oldEnd !== null && (newEnd === null || newEnd > oldEnd))) {
      // A copy whose own term already reaches further keeps it; for the item itself this is an error.
      if (cascade) term = before.term;
      else
        refuse(
          'extend_must_lengthen',
          `延期后的保密期限应长于原期限（原为“${termLabel(before.term)}”${oldEnd ? `，至 ${oldEnd}` : ''}）。`,
          'term',
        );
    }
    if (!beyondMax) checkTermWithinMax(level, term, c.issuedOn);
  }
  const year = s.reviewYear ?? yearOf(s.decidedOn);
  const approvalId = approve(
    tx,
    s.by.authority === 'own'
      ? {
          approver: { type: 'person', name: s.by.classifierName, title: '定密责任人' },
          decision: 'approved',
          decidedAt: s.decidedOn,
        }
      : {
          approver: { type: 'person', name: s.by.authorityName, title: '原定密机关' },
          decision: 'approved',
          decidedAt: s.decidedOn,
          documentNo: s.by.documentNo,
        },
    'classify',
    { type: 'carrier', id: c.id },
    ctx,
    { path: 'decidedOn' },
  );
  // The 另有规定 is an approval like any other: dated on or before the decision, recorded with it.
  if (beyondMax) {
    approve(
      tx,
      {
        approver: { type: 'person', name: beyondMax.allowedBy, title: '批准机关' },
        decision: 'approved',
        decidedAt: beyondMax.allowedOn,
        documentNo: beyondMax.documentNo,
        opinion: beyondMax.basis,
      },
      'classify',
      { type: 'carrier', id: c.id },
      ctx,
      { notAfter: s.decidedOn, path: 'beyondMax.allowedOn' },
    );
  }
  const patch =
    s.kind === 'declassify'
      ? { classState: 'declassified' as const, declassifiedOn: s.decidedOn, termEndsOn: null }
      : {
          level,
          levelRank: LEVEL_RANK[level],
          ...termColumns(term, c.issuedOn),
          needToKnow: JSON.stringify(range),
        };
  tx.update(carriers)
    .set({
      ...patch,
      // Only a national secret this unit classified carries a review year (see REVIEWABLE in the schema).
      lastReviewYear:
        c.ownClassification === 1 && isNational(level) ? Math.max(year, c.lastReviewYear ?? 0) : null,
      updatedAt: ctx.now,
    })
    .where(eq(carriers.id, c.id))
    .run();
  const changed = s.kind === 'reclassify' || s.kind === 'extend';
  const decision = tx
    .insert(classificationDecisions)
    .values({
      carrierId: c.id,
      kind: s.kind,
      decidedOn: s.decidedOn,
      proposerName: s.by.authority === 'own' ? s.by.proposerName : null,
      decidedBy: decidedByOf(s.by),
      authority: s.by.authority,
      reason: s.reason,
      levelBefore: before.level,
      levelAfter: changed ? level : null,
      termBefore: canonicalJson(before.term),
      termAfter: changed ? canonicalJson(term) : null,
      rangeBefore: JSON.stringify(before.range),
      rangeAfter: changed ? JSON.stringify(range) : null,
      noticeNo: s.notice?.noticeNo ?? null,
      noticeTo: s.notice?.noticeTo ?? null,
      reviewYear: s.reviewYear ?? null,
      beyondMax: beyondMax ? canonicalJson(beyondMax) : null,
      approvalId,
      createdAt: ctx.now,
      createdBy: ctx.accountId,
    })
    .returning({ id: classificationDecisions.id })
    .get();
  addEvent(tx, ctx, {
    carrierId: c.id,
    kind: s.kind,
    on: s.decidedOn,
    counterpart: decidedByOf(s.by),
    approvalId,
    detail: {
      reason: s.reason,
      level: changed && level !== before.level ? [before.level, level] : undefined,
      term: changed ? [termLabel(before.term), termLabel(term)] : undefined,
      beyondMax: beyondMax ?? undefined,
      notice: s.notice ?? null,
      reviewYear: s.reviewYear ?? null,
      followsOriginal: cascade || undefined,
    },
  });
  const derived = tx
    .select({ id: carriers.id })
    .from(carriers)
    .where(and(eq(carriers.originalId, c.id), eq(carriers.classState, 'classified')))
    .all();
  const follow = changed && s.term ? { followTerm: term } : {};
  for (const d of derived) applyDecision(tx, ctx, d.id, { ...s, ...follow }, true);
  return decision.id;
}

function decide(
  core: AppCore,
  action: string,
  input: { carrierId: number; decidedOn: string; by: DeciderInput; reason: string },
  spec: Pick<DecisionSpec, 'kind' | 'level' | 'term' | 'needToKnow' | 'notice' | 'beyondMax'>,
): CarrierDetail {
  const commercial = carrierSettings(core.session().db).commercialLevels;
  core.write(
    action,
    'carrier',
    (tx, ctx) => {
      const id = applyDecision(tx, ctx, input.carrierId, {
        ...spec,
        decidedOn: input.decidedOn,
        by: input.by,
        reason: input.reason,
        commercial,
        today: ctx.today,
      });
      refreshCarrier(tx, ctx, input.carrierId);
      return { decisionId: id, kind: spec.kind, authority: input.by.authority };
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
}

export function reclassify(core: AppCore, input: z.output<typeof ReclassifyInput>): CarrierDetail {
  return decide(core, 'carrier_reclassify', input, {
    kind: 'reclassify',
    level: input.level,
    term: input.term,
    needToKnow: input.needToKnow,
    notice: input.notice,
    beyondMax: input.beyondMax,
  });
}

export function declassify(core: AppCore, input: z.output<typeof DeclassifyInput>): CarrierDetail {
  return decide(core, 'carrier_declassify', input, { kind: 'declassify', notice: input.notice });
}

export function extendTerm(core: AppCore, input: z.output<typeof ExtendInput>): CarrierDetail {
  return decide(core, 'carrier_extend', input, {
    kind: 'extend',
    term: input.term,
    notice: input.notice,
    beyondMax: input.beyondMax,
  });
}
