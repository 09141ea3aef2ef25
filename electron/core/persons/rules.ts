// The personnel rules of DOMAIN.md ("Personnel"), law arts. 43–46 and regulation arts. 50–54. Each refusal
// is a RULE error naming its rule; each rule has a test named after it (test/electron/core/persons).
import { and, desc, eq, gte, isNull, lt, type Placeholder, type SQL } from 'drizzle-orm';
import {
  CLEARANCE_FOR_LEVEL,
  CLEARANCE_RANK,
  LEVEL_RANK,
  type Clearance,
  type NationalLevel,
  type PersonStatus,
} from '../../../db/domain/vocab';
import { CLEARANCE_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { personPosts, persons, pledges, vettings } from '../../../db/schema';
import type { Readiness } from '../../ipc/schemas/persons';
import { addPeriod } from '../util/dates';
import { refuse } from '../util/refuse';
import type { PersonRecord } from './store';
import { trainingPart } from './training-part';

/** Clearance follows the highest level of the person's current posts; null without posts. */
export function clearanceForLevels(levels: readonly NationalLevel[]): Clearance | null {
  let best: Clearance | null = null;
  for (const l of levels) {
    const c = CLEARANCE_FOR_LEVEL[l];
    if (!best || CLEARANCE_RANK[c] > CLEARANCE_RANK[best]) best = c;
  }
  return best;
}

/** The most protected of some national levels (接触最高密级 defaults to the highest post). */
export function highestLevelOf(levels: readonly NationalLevel[]): NationalLevel | null {
  let best: NationalLevel | null = null;
  for (const l of levels) if (!best || LEVEL_RANK[l] > LEVEL_RANK[best]) best = l;
  return best;
}

export function currentPostLevels(tx: Pick<Db, 'select'>, personId: number): NationalLevel[] {
  return tx
    .select({ level: personPosts.level })
    .from(personPosts)
    .where(and(eq(personPosts.personId, personId), isNull(personPosts.endedOn)))
    .all()
    .map((r) => r.level);
}

export function clearanceByPosts(tx: Pick<Db, 'select'>, personId: number): Clearance | null {
  return clearanceForLevels(currentPostLevels(tx, personId));
}

/** A nomination must propose exactly what the posts call for (the person's highest post). */
export function checkClearanceFollowsPosts(
  wanted: Clearance | undefined,
  byPosts: Clearance | null,
): Clearance {
  if (!byPosts) {
    refuse(
      'clearance_follows_highest_post',
      '该人员尚无涉密岗位：涉密等级按所在岗位的最高密级确定，请先登记岗位及其密级。',
      'personId',
    );
  }
  if (wanted && wanted !== byPosts) {
    refuse(
      'clearance_follows_highest_post',
      `涉密等级须与所在岗位的最高密级一致：其岗位要求${CLEARANCE_LABELS[byPosts]}涉密人员，不能定为${CLEARANCE_LABELS[wanted]}。`,
      'clearance',
    );
  }
  return byPosts;
}

/** What 先培训后上岗 asks before 在岗: a passed vetting, a pre-post training and its passed 考核, an onboarding pledge. */
export function readinessOf(tx: Pick<Db, 'select'>, personId: number): Readiness {
  const lastVetting = tx
    .select({ result: vettings.result })
    .from(vettings)
    .where(eq(vettings.personId, personId))
    .orderBy(desc(vettings.vettedOn), desc(vettings.id))
    .limit(1)
    .get();
  const vetted = lastVetting?.result === 'passed';
  // 任用前培训并考核合格后方可任职: the 岗前培训 is not enough without its 考核 passed.
  const { trained, appraised } = trainingPart().prePost(tx, personId);
  const pledged = !!tx
    .select({ id: pledges.id })
    .from(pledges)
    .where(and(eq(pledges.personId, personId), eq(pledges.kind, 'onboarding')))
    .limit(1)
    .get();
  const missing = [
    vetted ? null : '保密审查（须通过）',
    trained ? null : '岗前保密教育培训记录',
    appraised ? null : '岗前培训考核（须合格）',
    pledged ? null : '上岗保密承诺书',
  ].filter((m): m is string => m !== null);
  return { vetted, trained, appraised, pledged, missing };
}

/** 先培训后上岗 (law art. 43, regulation art. 50): nobody becomes 在岗 with any of the three missing. */
export function checkReadyForPost(r: Readiness): void {
  if (r.missing.length) {
    refuse('train_before_post', `先培训后上岗：上岗前还缺少 ${r.missing.join('、')}。`, 'personId');
  }
}

/**
 * The last day of the 脱密期 (民法典 arts. 201–202, README "Dates"): the approval day itself is not counted, so
 * the period ends on the corresponding day `years` years (and the extension's months) later, or on that
 * month's last day when it has none (2024-02-29 + 1 year ends 2025-02-28). That day is still inside.
 */
export function separationEndsOn(approvedOn: string, years: number, extraMonths: number): string {
  return addPeriod(approvedOn, years, extraMonths);
}

/** Inside the period through its last day (民法典 art. 203: the last day runs to 24:00). */
export function inSeparation(p: Pick<PersonRecord, 'separationEndsOn'>, today: string): boolean {
  return p.separationEndsOn !== null && today <= p.separationEndsOn;
}

/** The same two readings in SQL, for the register's filters, the reminders and the counts. */
export const separationRunsOn = (today: string | Placeholder): SQL => gte(persons.separationEndsOn, today);
export const separationOverBy = (today: string | Placeholder): SQL => lt(persons.separationEndsOn, today);

/** The status as of today: the day after the period's last day the person reads 脱密期满. */
export function effectiveStatus(
  p: Pick<PersonRecord, 'status' | 'separationEndsOn'>,
  today: string,
): PersonStatus {
  if (p.status === 'separation' && p.separationEndsOn !== null && today > p.separationEndsOn)
    return 'released';
  return p.status;
}

/** Law art. 45/46: anyone in post or in a separation period travels abroad only with approval. */
export function travelNeedsApproval(p: PersonRecord, today: string): boolean {
  return p.status === 'in_post' || inSeparation(p, today);
}
