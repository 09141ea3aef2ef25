// The 密级审定 of each demo person who holds a clearance: the decision, its four steps in order (部门提名,
// 部门负责人审核, 单位领导审批, 备案), each step's approval, and the lines clearance.ts writes in the person's
// history, so a demo person's file shows how the clearance was set. No random draws: the persons demo's
// sequence (and every demo after it) stays as it was.
import type Database from 'better-sqlite3';
import { CLEARANCE_LABELS, CLEARANCE_STEP_LABELS } from '../../../db/domain/labels';
import { CLEARANCE_STEPS, type Clearance } from '../../../db/domain/vocab';
import { canonicalJson } from '../util/canonical-json';
import { addDays } from '../util/dates';
import { LEADERS } from '../carriers';

const HEADS = ['张卫东', '刘志刚', '王秀英', '赵建华', '孙丽萍'];

/** Writes a person's filed decision: nominated the day after `proposed`, approved on `cleared`. */
export function clearanceDecisionSeeder(c: Database.Database, at: string) {
  const decision = c.prepare(
    `INSERT INTO clearance_decisions (person_id, from_clearance, to_clearance, reason, status, last_step, approved_on,
     created_at) VALUES (?, NULL, ?, ?, 'filed', 'file', ?, ?)`,
  );
  const approval = c.prepare(
    `INSERT INTO approvals (kind, subject_type, subject_id, approver_name, approver_title, decision, decided_at,
     opinion, created_at) VALUES ('clearance', 'clearance_decision', ?, ?, ?, 'approved', ?, '同意', ?)`,
  );
  const step = c.prepare(
    `INSERT INTO clearance_steps (decision_id, step, approval_id, created_at) VALUES (?, ?, ?, ?)`,
  );
  const event = c.prepare(
    `INSERT INTO person_events (person_id, kind, "on", at, summary, detail, approval_id) VALUES (?,?,?,?,?,?,?)`,
  );
  return (personId: number, to: Clearance, proposed: string, cleared: string, n: number): void => {
    const label = CLEARANCE_LABELS[to];
    const id = Number(
      decision.run(personId, to, `拟任涉密岗位，按岗位密级定为${label}涉密人员`, cleared, at).lastInsertRowid,
    );
    const by = {
      nominate: [HEADS[n % HEADS.length] as string, '科长', addDays(proposed, 1)],
      dept_review: [HEADS[(n + 2) % HEADS.length] as string, '部门负责人', addDays(proposed, 2)],
      leader_approve: [LEADERS[n % LEADERS.length] as string, '局领导', cleared],
      file: ['王丽', '保密办', addDays(cleared, 1)],
    } as const;
    for (const s of CLEARANCE_STEPS) {
      const [name, title, on] = by[s];
      const approvalId = Number(approval.run(String(id), name, title, on, at).lastInsertRowid);
      step.run(id, s, approvalId, at);
      const summary =
        s === 'nominate' ? `部门提名为${label}涉密人员` : `${CLEARANCE_STEP_LABELS[s]}：同意${label}涉密人员`;
      const detail =
        s === 'nominate'
          ? { decisionId: id, step: s, to }
          : { decisionId: id, step: s, decision: 'approved' };
      event.run(personId, 'clearance_step', on, at, summary, canonicalJson(detail), approvalId);
      if (s === 'leader_approve') {
        event.run(
          personId,
          'clearance',
          on,
          at,
          `涉密等级定为${label}`,
          canonicalJson({ decisionId: id, from: null, to }),
          approvalId,
        );
      }
    }
  };
}
