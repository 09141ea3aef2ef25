// Who may borrow a national secret. 机密 and 绝密 go to people inside their 知悉范围 (law art. 21); every
// national level goes to a 涉密人员 of the unit, in post, whose 涉密等级 is what the level asks (a post's level gives
// its holder's clearance: 绝密 ↔ 核心, 机密 ↔ 重要, 秘密 ↔ 一般; the unit may ask more, a carriers setting). Anyone
// else borrows only on the approver's recorded exception, with its reason: the law lets the head (or a designee)
// widen the range for a need of work, and a clerk must be able to record that, never do it silently.
import { AppException } from '../../../db/domain/errors';
import { CLEARANCE_RANK, type Clearance, type NationalLevel } from '../../../db/domain/vocab';
import { CLEARANCE_LABELS, LEVEL_LABELS, PERSON_STATUS_LABELS } from '../../../db/domain/labels';
import { personsNamed, type NamedPerson } from '../persons';
import { unitInfo } from '../session';
import { refuse } from '../util/refuse';
import { needsKnowerRecord } from './rules';
import { carrierSettings } from './settings';
import { isControlled, personLabel, type CarrierRecord, type Person, type Tx } from './store';
import { needToKnowOf } from './views';

type Rule = 'lend_within_need_to_know' | 'lend_needs_clearance';

interface Finding {
  rule: Rule;
  message: string;
}

/** What the history keeps of an exception: the approver's reason and what it overrode. */
export interface LendException {
  reason: string;
  findings: string[];
  withinRange: boolean;
}

// Entries are typed by hand ("办公室 赵敏", "办公室/赵敏", "赵敏"): spacing and separators carry no meaning.
const squash = (s: string) => s.replace(/[\s/／·・、,，]+/g, '');

/**
 * An entry of the 知悉范围 names the person, their department, both, or — for someone of the unit — the unit
 * itself (law art. 21: a range set to a unit is narrowed to people by that unit, here by the borrow approval).
 */
function inRange(range: string[], who: Person, unitWide: string[]): boolean {
  const name = squash(who.name);
  const dept = who.department ? squash(who.department) : '';
  const names = new Set([name, ...(dept ? [dept, dept + name] : []), ...unitWide.map(squash)]);
  return range.some((e) => names.has(squash(e)));
}

function clearanceProblem(p: NamedPerson | null, level: NationalLevel, needed: Clearance): string | null {
  if (!p) return '不是本单位登记的涉密人员';
  if (p.status !== 'in_post') return `目前为“${PERSON_STATUS_LABELS[p.status]}”，不是在岗涉密人员`;
  if (!p.clearance) return '尚未审定涉密等级';
  if (CLEARANCE_RANK[p.clearance] >= CLEARANCE_RANK[needed]) return null;
  const atLeast = needed === 'core' ? '' : '及以上';
  return `是${CLEARANCE_LABELS[p.clearance]}涉密人员，借阅${LEVEL_LABELS[level]}级载体须为${CLEARANCE_LABELS[needed]}${atLeast}涉密人员`;
}

/** The borrower in the personnel register; namesakes without a department cannot be told apart. */
function registered(tx: Tx, borrower: Person): { person: NamedPerson | null; hint: string } {
  const found = personsNamed(tx, borrower.name, borrower.department);
  if (found.length > 1) {
    const message = `涉密人员名册中有 ${found.length} 名“${borrower.name}”，请填写借阅人部门`;
    throw new AppException('VALIDATION', `${message}。`, {
      fields: [{ path: 'borrower.department', message }],
    });
  }
  if (found.length || !borrower.department) return { person: found[0] ?? null, hint: '' };
  // A department typed differently from the register's is the likeliest slip: say where the name is.
  const elsewhere = personsNamed(tx, borrower.name).map((p) => p.department);
  return {
    person: null,
    hint: elsewhere.length ? `（名册中的“${borrower.name}”在${elsewhere.join('、')}）` : '',
  };
}

function findings(tx: Tx, c: CarrierRecord, borrower: Person, outside: boolean): Finding[] {
  const level = c.level as NationalLevel;
  const label = personLabel(borrower);
  const out: Finding[] = [];
  let person: NamedPerson | null = null;
  if (outside) {
    out.push({
      rule: 'lend_needs_clearance',
      message: `${label}是外单位人员，本单位的涉密人员名册无法核实其涉密等级`,
    });
  } else {
    const r = registered(tx, borrower);
    person = r.person;
    const problem = clearanceProblem(person, level, carrierSettings(tx).lendClearance[level]);
    if (problem) out.push({ rule: 'lend_needs_clearance', message: `${label}${problem}${r.hint}` });
  }
  const range = needToKnowOf(c);
  if (needsKnowerRecord(level) && range.length) {
    const who = { name: borrower.name, department: borrower.department ?? person?.department };
    if (!inRange(range, who, outside ? [] : [unitInfo(tx).name, '本单位'])) {
      out.unshift({
        rule: 'lend_within_need_to_know',
        message: `${label}不在知悉范围（${range.join('、')}）内`,
      });
    }
  }
  return out;
}

/**
 * Checks the borrower of a national secret still classified. Refused with every reason at once, on the field
 * where the clerk records the exception; with the exception, what it overrode goes into the history.
 */
export function checkBorrower(
  tx: Tx,
  c: CarrierRecord,
  borrower: Person,
  outside: boolean,
  exception: { reason: string } | undefined,
): LendException | null {
  if (!isControlled(c)) return null;
  const found = findings(tx, c, borrower, outside);
  const first = found[0];
  if (!first) return null;
  if (!exception) {
    refuse(
      first.rule,
      `${found.map((f) => f.message).join('；')}。确因工作需要借阅的，须经审批人同意，并登记例外理由（保密法第二十一条）。`,
      'exception.reason',
    );
  }
  return {
    reason: exception.reason,
    findings: found.map((f) => f.message),
    withinRange: !found.some((f) => f.rule === 'lend_within_need_to_know'),
  };
}
