// Person rows as the renderer sees them: names resolved, status as of today, dates that are due flagged.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { accounts, departments, personPosts } from '../../../db/schema';
import type { PersonDetail, PersonRow, PostView } from '../../ipc/schemas/persons';
import { addDays } from '../util/dates';
import { clearanceForLevels, effectiveStatus, inSeparation, readinessOf } from './rules';
import { personHolderKey, type PersonRecord } from './store';

export function toPersonRow(
  p: PersonRecord,
  department: string,
  today: string,
  warningDays: number,
  inKeyDept = false,
): PersonRow {
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    idNumber: p.idNumber,
    departmentId: p.departmentId,
    department,
    clearance: p.clearance,
    clearedOn: p.clearedOn,
    highestLevel: p.highestLevel,
    isClassifier: p.isClassifier === 1,
    // 要害部门人员: everyone in a department the 要害部门部位 register approved (its key_dept flag follows the
    // register's 审定 and 撤销), and those marked by hand for a 要害部位 outside such a department.
    isKeyDeptStaff: p.isKeyDeptStaff === 1 || inKeyDept,
    postCertNo: p.postCertNo,
    status: effectiveStatus(p, today),
    inSeparation: inSeparation(p, today),
    separationEndsOn: p.separationEndsOn,
    nextVettingOn: p.nextVettingOn,
    vettingDue:
      p.status === 'in_post' && p.nextVettingOn !== null && p.nextVettingOn <= addDays(today, warningDays),
    accountId: p.accountId,
    holderKey: personHolderKey(p.id),
  };
}

export function postsOf(db: Pick<Db, 'select'>, personId: number, currentOnly = false): PostView[] {
  return db
    .select()
    .from(personPosts)
    .where(eq(personPosts.personId, personId))
    .orderBy(asc(personPosts.startedOn), asc(personPosts.id))
    .all()
    .filter((r) => !currentOnly || r.endedOn === null)
    .map((r) => ({ id: r.id, post: r.post, level: r.level, startedOn: r.startedOn, endedOn: r.endedOn }));
}

export function toPersonDetail(
  db: Pick<Db, 'select'>,
  p: PersonRecord,
  department: string,
  today: string,
  warningDays: number,
): PersonDetail {
  const posts = postsOf(db, p.id);
  const account = p.accountId
    ? db
        .select({ username: accounts.username })
        .from(accounts)
        .where(and(eq(accounts.id, p.accountId)))
        .get()
    : undefined;
  const dept = db
    .select({ keyDept: departments.keyDept })
    .from(departments)
    .where(eq(departments.id, p.departmentId))
    .get();
  return {
    ...toPersonRow(p, department, today, warningDays, dept?.keyDept === 1),
    politicalStatus: p.politicalStatus,
    phone: p.phone,
    postCertOn: p.postCertOn,
    proposedOn: p.proposedOn,
    postedOn: p.postedOn,
    leftOn: p.leftOn,
    leavingKind: p.leavingKind,
    separationYears: p.separationYears,
    separationExtraMonths: p.separationExtraMonths,
    departedOn: p.departedOn,
    departureKind: p.departureKind,
    notes: p.notes,
    posts,
    clearanceByPosts: clearanceForLevels(posts.filter((x) => x.endedOn === null).map((x) => x.level)),
    readiness: readinessOf(db, p.id),
    accountUsername: account?.username ?? null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
