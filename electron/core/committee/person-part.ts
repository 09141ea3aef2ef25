// The person file's part of the committee register: the seat the person holds (or held) on the 保密委员会 and
// the decisions and plan items they own, so the dossier shows them without persons importing committee.
import { eq } from 'drizzle-orm';
import { COMMITTEE_ROLE_LABELS, TASK_KIND_LABELS, TASK_STATUS_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { committeeMembers, committeeTasks } from '../../../db/schema';
import type { WorkRef } from '../../ipc/schemas/persons-records';

export function committeeOfPerson(db: Pick<Db, 'select'>, personId: number): WorkRef[] {
  const seats = db
    .select()
    .from(committeeMembers)
    .where(eq(committeeMembers.personId, personId))
    .all()
    .map((m) => ({
      register: '保密委员会',
      id: m.id,
      title: `${COMMITTEE_ROLE_LABELS[m.role]}${m.leftOn ? `（至 ${m.leftOn}）` : ''}`,
      on: m.joinedOn,
      role: '成员',
    }));
  const tasks = db
    .select()
    .from(committeeTasks)
    .where(eq(committeeTasks.ownerPersonId, personId))
    .all()
    .map((t) => ({
      register: TASK_KIND_LABELS[t.kind],
      id: t.id,
      title: t.content,
      on: t.dueOn ?? t.createdAt.slice(0, 10),
      role: `责任人（${TASK_STATUS_LABELS[t.status]}）`,
    }));
  return [...seats, ...tasks];
}
