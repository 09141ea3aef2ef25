// 保密检查台账 from a sheet (checks.ts writes it): a row names its check by 检查名称 and 检查日期 — the first row of
// a check records it (recordCheckInTx), every row with a 存在问题 adds that finding at the step the sheet gives
// (recordFindingInTx) — so the rows of one check may come in any order and a check already in the register takes
// the findings it does not have. The forms' rules hold as of the day each thing happened (inspections/history.ts):
// imported history may carry a deadline now past — a closed finding's is history, an open one's makes it 逾期 —
// but never one before the check that set it. Persons (受检人员, 整改责任人, 整改人, 验收人) are 涉密人员 found by
// name inside the import's transaction; departments by name, created on the clerk's confirmation.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { CHECK_AREA_LABELS, CHECK_KIND_LABELS, FINDING_SEVERITY_LABELS } from '../../../../db/domain/labels';
import {
  CHECK_AREAS,
  CHECK_KINDS,
  FINDING_SEVERITIES,
  type CheckArea,
  type FindingStatus,
} from '../../../../db/domain/vocab';
import type { Db } from '../../../../db/open';
import { persons } from '../../../../db/schema';
import { isoDate, optionalText, requiredText } from '../../../ipc/schemas/common';
import { findCheckInTx, findingInCheck, recordCheckInTx, recordFindingInTx } from '../../inspections';
import { refuse } from '../../util/refuse';
import * as V from '../values';
import {
  departmentIdIn,
  departmentKey,
  departmentOf,
  labelsOf,
  optionalDate,
  reader,
  type RowReader,
} from './common';
import { FINDING_STATE_LABELS } from '../../../../db/domain/labels';
import type { Column, ReadCtx, RegisterImport, RowCells } from './types';

// A finding carried over keeps its step (inspections/rules.ts): 已结转 in a clerk's ledger reads as 待整改 with its
// 结转理由, never as the legacy status only older records hold.
const STATUS_LABELS = labelsOf<Exclude<FindingStatus, 'carried_over'>>(FINDING_STATE_LABELS, [
  'pending',
  'rectifying',
  'to_verify',
  'closed',
]);
const CARRIED = new Set(['已结转', '结转']);
const STATUS_ALIASES = {
  未整改: 'pending',
  已完成: 'closed',
  已整改完毕: 'closed',
  整改完毕: 'closed',
  已验收: 'closed',
  已完成整改: 'closed',
  正在整改: 'rectifying',
  已结转: 'pending',
  结转: 'pending',
} as const;
const KIND_ALIASES = {
  自查: 'self_dept',
  部门检查: 'self_dept',
  专项: 'special',
  联查: 'joint',
  年度自查: 'annual',
  自查自评: 'annual',
  上级: 'superior',
  上级抽查: 'superior',
} as const;
/** The short names clerks give the areas of art. 58. */
const AREA_ALIASES: Record<string, CheckArea> = {
  责任制: 'responsibility',
  保密工作责任制: 'responsibility',
  制度: 'rules',
  保密制度: 'rules',
  教育培训: 'training',
  宣传教育: 'training',
  涉密人员: 'personnel',
  定密: 'classification',
  定密管理: 'classification',
  载体: 'carriers',
  涉密载体: 'carriers',
  信息系统: 'systems',
  计算机: 'systems',
  信息设备: 'systems',
  互联网: 'internet',
  网络: 'internet',
  要害部门部位: 'key_sites',
  涉密场所: 'key_sites',
  采购: 'procurement',
  会议: 'meetings',
  会议活动: 'meetings',
  信息公开: 'publication',
  宣传报道: 'publication',
  其他: 'other',
};

const Check = z
  .object({
    kind: z.enum(CHECK_KINDS, { error: '请填写检查类型' }),
    title: requiredText('检查名称', 100),
    period: requiredText('检查期间', 20),
    checkedOn: isoDate('检查日期'),
    department: z.string(),
    departments: z.array(z.string()),
    person: z.string(),
    areas: z.array(z.enum(CHECK_AREAS)).min(1),
    inspectors: requiredText('检查人员', 200),
    authority: optionalText('检查机关', 100),
    opinion: optionalText('检查意见', 4000),
    closedOn: isoDate('办结日期').optional(),
  })
  // The form's own checks of a check's kind (InspectionOpenInput).
  .refine((c) => c.kind !== 'superior' || (c.authority ?? '') !== '', {
    message: '上级检查须填写检查机关',
    path: ['authority'],
  })
  .refine((c) => c.kind !== 'self_dept' || c.department !== '', {
    message: '部门自查须填写受检部门',
    path: ['department'],
  })
  .refine(
    (c) => c.kind !== 'self_dept' || new Set([c.department, ...c.departments].filter(Boolean)).size <= 1,
    {
      message: '部门自查只查一个部门；查几个部门请填“抽查”或“联合检查”',
      path: ['departments'],
    },
  )
  .refine((c) => c.kind !== 'self_person' || c.person !== '', {
    message: '个人自查须填写受检人员',
    path: ['person'],
  });

const needs = (s: FindingStatus, ...steps: FindingStatus[]) => steps.includes(s);

const Finding = z
  .object({
    area: z.enum(CHECK_AREAS),
    what: requiredText('存在问题', 1000),
    severity: z.enum(FINDING_SEVERITIES),
    status: z.enum(['pending', 'rectifying', 'to_verify', 'closed']),
    department: z.string(),
    responsible: z.string(),
    requirement: optionalText('整改要求', 1000),
    deadline: isoDate('整改期限').optional(),
    rectification: optionalText('整改情况', 2000),
    rectifiedOn: isoDate('整改完成日期').optional(),
    rectifiedBy: z.string(),
    verifier: z.string(),
    verifiedOn: isoDate('验收日期').optional(),
    evidence: optionalText('验收意见', 1000),
    carryOverReason: optionalText('结转理由', 500),
  })
  // What each step's form asks for, so a sheet's 已整改 carries what a 验收 records.
  .superRefine((f, ctx) => {
    const want = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (needs(f.status, 'to_verify', 'closed')) {
      want(f.rectification, 'rectification', `“${STATUS_LABELS[f.status]}”的问题须写明整改情况`);
      want(f.rectifiedOn, 'rectifiedOn', `“${STATUS_LABELS[f.status]}”的问题须写明整改完成日期`);
      want(f.rectifiedBy, 'rectifiedBy', `“${STATUS_LABELS[f.status]}”的问题须写明整改人`);
    }
    if (f.status === 'closed') {
      want(f.verifier, 'verifier', '已整改的问题须写明验收人');
      want(f.verifiedOn, 'verifiedOn', '已整改的问题须写明验收日期');
      want(f.evidence, 'evidence', '已整改的问题须写明验收意见');
    }
  });

const CheckImportInput = z.object({ check: Check, finding: Finding.optional() });
type CheckImportInput = z.output<typeof CheckImportInput>;

function areasOf(r: RowReader): CheckArea[] | undefined {
  const cell = r.text('areas');
  if (!cell || cell === '全部' || cell === '全面检查') return [...CHECK_AREAS];
  const out: CheckArea[] = [];
  for (const part of V.parseList(cell)) {
    const p = V.parseChoice(part, CHECK_AREA_LABELS, AREA_ALIASES);
    if (!p.ok) return r.missing('areas', p.reason);
    out.push(p.value);
  }
  return out;
}

/** 检查范围（部门）: each name as 受检部门 is read (a department new to the unit waits for the clerk's yes). */
function departmentsOf(r: RowReader, ctx: ReadCtx): string[] {
  return r.list('departments').map((written) => {
    const known = ctx.departments.get(departmentKey(written));
    if (known) return known;
    ctx.newDepartments.add(written);
    return written;
  });
}

function findingOf(r: RowReader, ctx: ReadCtx) {
  if (!r.text('what')) return undefined;
  const opt = (key: string) => r.prose(key) || undefined;
  return {
    // A ledger that does not sort its findings by area: 其他 (the check's own areas say what was looked at).
    area: r.text('area') ? r.choice('area', CHECK_AREA_LABELS, AREA_ALIASES) : 'other',
    what: r.prose('what'),
    severity: r.text('severity') ? r.choice('severity', FINDING_SEVERITY_LABELS) : 'minor',
    status: r.text('fstatus') ? r.choice('fstatus', STATUS_LABELS, STATUS_ALIASES) : 'pending',
    department: departmentOf(r, 'fdepartment', ctx),
    responsible: r.name('responsible'),
    requirement: opt('requirement'),
    deadline: optionalDate(r, 'deadline'),
    rectification: opt('rectification'),
    rectifiedOn: optionalDate(r, 'rectifiedOn'),
    rectifiedBy: r.name('rectifiedBy'),
    verifier: r.name('verifier'),
    verifiedOn: optionalDate(r, 'verifiedOn'),
    evidence: opt('evidence'),
    carryOverReason:
      opt('carryOverReason') ??
      (CARRIED.has(r.text('fstatus'))
        ? r.missing('carryOverReason', '已结转的问题须写明结转理由')
        : undefined),
  };
}

function read(columns: readonly Column[]) {
  return (cells: RowCells, ctx: ReadCtx) => {
    const r = reader(cells, columns);
    const checkedOn = r.date('checkedOn');
    const check = {
      kind: r.choice('kind', CHECK_KIND_LABELS, KIND_ALIASES),
      title: r.prose('title'),
      // A ledger without 检查期间: the year of the check.
      period: r.text('period') || checkedOn.slice(0, 4),
      checkedOn,
      department: departmentOf(r, 'department', ctx),
      departments: departmentsOf(r, ctx),
      person: r.name('person'),
      areas: areasOf(r),
      inspectors: r.prose('inspectors'),
      authority: r.prose('authority') || undefined,
      opinion: r.prose('opinion') || undefined,
      closedOn: optionalDate(r, 'closedOn'),
    };
    const input = { check, finding: findingOf(r, ctx) };
    return { input: r.errors.length ? null : input, errors: r.errors };
  };
}

/** A 涉密人员 named in the row; none or two of that name refuse the row under its column. */
function personIn(tx: Pick<Db, 'select'>, name: string, field: string): number {
  const found = tx.select({ id: persons.id }).from(persons).where(eq(persons.name, name)).limit(2).all();
  if (found.length === 0)
    refuse('inspection_person_known', `“${name}”不在涉密人员名单中，请先登记此人。`, field);
  if (found.length > 1)
    refuse('inspection_person_unique', `涉密人员中有不止一位“${name}”，请在系统中逐条登记。`, field);
  return (found[0] as { id: number }).id;
}

const some = <T>(v: string, f: (v: string) => T): T | undefined => (v ? f(v) : undefined);

export const checkImport = (columns: readonly Column[]): RegisterImport<CheckImportInput> => ({
  schema: CheckImportInput,
  read: read(columns),
  key: (i) => `${i.check.title}|${i.check.checkedOn}|${i.finding?.what ?? ''}`,
  exists(tx, i) {
    const id = findCheckInTx(tx, i.check.title, i.check.checkedOn);
    return id !== undefined && (!i.finding || findingInCheck(tx, id, i.finding.what));
  },
  writer: (_tx, ctx) => (tx, i) => {
    const { check: c, finding: f } = i;
    const checkId =
      findCheckInTx(tx, c.title, c.checkedOn) ??
      recordCheckInTx(tx, ctx, {
        ...c,
        departmentId: some(c.department, (d) => departmentIdIn(tx, d)),
        departmentIds: c.departments.map((d) => departmentIdIn(tx, d)),
        personId: some(c.person, (p) => personIn(tx, p, 'check.person')),
      });
    if (!f) return;
    recordFindingInTx(tx, ctx, checkId, {
      ...f,
      departmentId: some(f.department, (d) => departmentIdIn(tx, d)),
      responsiblePersonId: some(f.responsible, (p) => personIn(tx, p, 'finding.responsible')),
      rectifiedById: some(f.rectifiedBy, (p) => personIn(tx, p, 'finding.rectifiedBy')),
      verifierId: some(f.verifier, (p) => personIn(tx, p, 'finding.verifier')),
    });
  },
});
