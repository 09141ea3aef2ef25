// One vocabulary, one label table (issue 13, point 5): every code list of db/domain/vocab/ is labelled by
// exactly one table of db/domain/labels/, every code has one Chinese label there, and no other source file
// grows a copy of a table again (the copies used to disagree: 在管 in the core, 在库 on screen and in xlsx).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTITY_DOMAINS } from '../../db/domain/domains';
import * as L from '../../db/domain/labels';
import * as V from '../../db/domain/vocab';

type Table = Record<string, string>;

/** Each table and the code list it labels: its keys are exactly these codes. */
const TABLES: [list: string, codes: readonly string[], table: Table][] = [
  ['UNIT_KINDS', V.UNIT_KINDS, L.UNIT_KIND_LABELS],
  ['ROLES', V.ROLES, L.ROLE_LABELS],
  ['ADMIN_MODES', V.ADMIN_MODES, L.ADMIN_MODE_LABELS],
  ['APP_MODES', V.APP_MODES, L.APP_MODE_LABELS],
  ['ACCOUNT_STATUSES', V.ACCOUNT_STATUSES, L.ACCOUNT_STATUS_LABELS],
  ['PAGE_IDS', V.PAGE_IDS, L.PAGE_LABELS],
  ['APPROVAL_KINDS', V.APPROVAL_KINDS, L.APPROVAL_KIND_LABELS],
  ['APPROVAL_DECISIONS', V.APPROVAL_DECISIONS, L.APPROVAL_DECISION_LABELS],
  ['REQUEST_STATUSES', V.REQUEST_STATUSES, L.REQUEST_STATUS_LABELS],
  ['CARRIER_LEVELS', V.CARRIER_LEVELS, L.LEVEL_LABELS],
  ['CARRIER_TYPES', V.CARRIER_TYPES, L.CARRIER_TYPE_LABELS],
  ['CARRIER_SOURCES', V.CARRIER_SOURCES, L.CARRIER_SOURCE_LABELS],
  ['TERM_KINDS', V.TERM_KINDS, L.TERM_KIND_LABELS],
  ['COPY_STATUSES', V.COPY_STATUSES, L.CARRIER_STATUS_LABELS],
  ['CLASS_STATES', V.CLASS_STATES, L.CLASS_STATE_LABELS],
  ['CARRIER_EVENT_KINDS', V.CARRIER_EVENT_KINDS, L.CARRIER_EVENT_LABELS],
  ['COPY_MODES', V.COPY_MODES, L.COPY_MODE_LABELS],
  ['REVIEW_DECISIONS', V.REVIEW_DECISIONS, L.REVIEW_DECISION_LABELS],
  ['REVIEW_REASONS', V.REVIEW_REASONS, L.REVIEW_REASON_LABELS],
  ['DESTRUCTION_METHODS', V.DESTRUCTION_METHODS, L.DESTRUCTION_METHOD_LABELS],
  ['INVENTORY_SCOPES', V.INVENTORY_SCOPES, L.INVENTORY_SCOPE_LABELS],
  ['INVENTORY_RESULTS', V.INVENTORY_RESULTS, L.INVENTORY_RESULT_LABELS],
  ['INVENTORY_STATUSES', V.INVENTORY_STATUSES, L.INVENTORY_STATUS_LABELS],
  ['INVENTORY_FREQUENCIES', V.INVENTORY_FREQUENCIES, L.INVENTORY_FREQUENCY_LABELS],
  ['CARRIER_DUE_FILTERS', V.CARRIER_DUE_FILTERS, L.CARRIER_DUE_LABELS],
  ['CLEARANCES', V.CLEARANCES, L.CLEARANCE_LABELS],
  ['GENDERS', V.GENDERS, L.GENDER_LABELS],
  ['PERSON_STATUSES', V.PERSON_STATUSES, L.PERSON_STATUS_LABELS],
  ['PERSON_DUE_FILTERS', V.PERSON_DUE_FILTERS, L.PERSON_DUE_LABELS],
  ['CLEARANCE_STEPS', V.CLEARANCE_STEPS, L.CLEARANCE_STEP_LABELS],
  ['CLEARANCE_DECISION_STATUSES', V.CLEARANCE_DECISION_STATUSES, L.CLEARANCE_DECISION_STATUS_LABELS],
  ['VETTING_KINDS', V.VETTING_KINDS, L.VETTING_KIND_LABELS],
  ['VETTING_RESULTS', V.VETTING_RESULTS, L.VETTING_RESULT_LABELS],
  ['TRAINING_KINDS', V.TRAINING_KINDS, L.TRAINING_KIND_LABELS],
  ['PLEDGE_KINDS', V.PLEDGE_KINDS, L.PLEDGE_KIND_LABELS],
  ['TRAVEL_STATUSES', V.TRAVEL_STATUSES, L.TRAVEL_STATUS_LABELS],
  ['TRAVEL_STEPS', V.TRAVEL_STEPS, L.TRAVEL_STEP_LABELS],
  ['PASSPORT_KINDS', V.PASSPORT_KINDS, L.PASSPORT_KIND_LABELS],
  ['LEAVING_KINDS', V.LEAVING_KINDS, L.LEAVING_KIND_LABELS],
  ['LEAVING_STATUSES', V.LEAVING_STATUSES, L.LEAVING_STATUS_LABELS],
  ['LEAVING_STEPS', V.LEAVING_STEPS, L.LEAVING_STEP_LABELS],
  ['DEPARTURE_KINDS', V.DEPARTURE_KINDS, L.DEPARTURE_KIND_LABELS],
  ['PERSON_EVENT_KINDS', V.PERSON_EVENT_KINDS, L.PERSON_EVENT_LABELS],
  ['ALLOWANCE_STATUSES', V.ALLOWANCE_STATUSES, L.ALLOWANCE_STATUS_LABELS],
  ['COUNTERPART_ROLES', V.COUNTERPART_ROLES, L.COUNTERPART_ROLE_LABELS],
  ['EXCHANGE_PROFILES', V.EXCHANGE_PROFILES, L.EXCHANGE_PROFILE_LABELS],
  ['REFUSAL_REASONS', V.REFUSAL_REASONS, L.REFUSAL_LABELS],
  ['REPORT_STATES', V.REPORT_STATES, L.REPORT_STATE_LABELS],
  ['ANNUAL_STATES', V.ANNUAL_STATES, L.ANNUAL_STATE_LABELS],
  ['PACKAGE_STATES', V.PACKAGE_STATES, L.PACKAGE_STATE_LABELS],
  ['NOTICE_KINDS', V.NOTICE_KINDS, L.NOTICE_KIND_LABELS],
  ['OPINION_VERDICTS', V.OPINION_VERDICTS, L.OPINION_VERDICT_LABELS],
  ['FILING_REGISTERS', V.FILING_REGISTERS, L.FILING_REGISTER_LABELS],
  ['NOTICE_STATES', V.NOTICE_STATES, L.NOTICE_STATE_LABELS],
  ['DEVICE_FAMILIES', V.DEVICE_FAMILIES, L.DEVICE_FAMILY_LABELS],
  ['DEVICE_KINDS', V.DEVICE_KINDS, L.DEVICE_KIND_LABELS],
  ['DEVICE_CLASSES', V.DEVICE_CLASSES, L.DEVICE_CLASS_LABELS],
  ['DEVICE_STATUSES', V.DEVICE_STATUSES, L.DEVICE_STATUS_LABELS],
  ['REPAIR_MODES', V.REPAIR_MODES, L.REPAIR_MODE_LABELS],
  ['DEVICE_CHECK_KINDS', V.DEVICE_CHECK_KINDS, L.DEVICE_CHECK_KIND_LABELS],
  ['DEVICE_EVENT_KINDS', V.DEVICE_EVENT_KINDS, L.DEVICE_EVENT_KIND_LABELS],
  ['STORAGE_STATES', V.STORAGE_STATES, L.STORAGE_STATE_LABELS],
  ['CHECK_KINDS', V.CHECK_KINDS, L.CHECK_KIND_LABELS],
  ['CHECK_AREAS', V.CHECK_AREAS, L.CHECK_AREA_LABELS],
  ['CHECK_ANSWERS', V.CHECK_ANSWERS, L.CHECK_ANSWER_LABELS],
  ['CHECK_STATUSES', V.CHECK_STATUSES, L.CHECK_STATUS_LABELS],
  ['CHECK_FREQUENCIES', V.CHECK_FREQUENCIES, L.CHECK_FREQUENCY_LABELS],
  ['FINDING_SEVERITIES', V.FINDING_SEVERITIES, L.FINDING_SEVERITY_LABELS],
  ['FINDING_STATES', V.FINDING_STATES, L.FINDING_STATE_LABELS],
  ['FINDING_EVENT_KINDS', V.FINDING_EVENT_KINDS, L.FINDING_EVENT_LABELS],
  ['INCIDENT_KINDS', V.INCIDENT_KINDS, L.INCIDENT_KIND_LABELS],
  ['INCIDENT_STATUSES', V.INCIDENT_STATUSES, L.INCIDENT_STATUS_LABELS],
  ['REPORT_RECIPIENTS', V.REPORT_RECIPIENTS, L.REPORT_RECIPIENT_LABELS],
  ['REPORT_METHODS', V.REPORT_METHODS, L.REPORT_METHOD_LABELS],
  ['INCIDENT_NATURES', V.INCIDENT_NATURES, L.INCIDENT_NATURE_LABELS],
  ['RESPONSIBLE_UNIT_NATURES', V.RESPONSIBLE_UNIT_NATURES, L.RESPONSIBLE_UNIT_NATURE_LABELS],
  ['INCIDENT_ENTRY_KINDS', V.INCIDENT_ENTRY_KINDS, L.INCIDENT_ENTRY_LABELS],
  ['INCIDENT_LINK_KINDS', V.INCIDENT_LINK_KINDS, L.INCIDENT_LINK_LABELS],
  ['REPORT_CLOCK_STATES', V.REPORT_CLOCK_STATES, L.REPORT_CLOCK_LABELS],
  ['REVIEW_PURPOSES', V.REVIEW_PURPOSES, L.REVIEW_PURPOSE_LABELS],
  ['REVIEW_STEPS', V.REVIEW_STEPS, L.REVIEW_STEP_LABELS],
  ['REVIEW_STATUSES', V.REVIEW_STATUSES, L.REVIEW_STATUS_LABELS],
  ['REVIEW_OUTCOMES', V.REVIEW_OUTCOMES, L.REVIEW_OUTCOME_LABELS],
  ['KEY_SITE_KINDS', V.KEY_SITE_KINDS, L.KEY_SITE_KIND_LABELS],
  ['KEY_SITE_STATUSES', V.KEY_SITE_STATUSES, L.KEY_SITE_STATUS_LABELS],
  ['PROTECTION_CATEGORIES', V.PROTECTION_CATEGORIES, L.PROTECTION_CATEGORY_LABELS],
  ['SITE_CHECK_RESULTS', V.SITE_CHECK_RESULTS, L.SITE_CHECK_RESULT_LABELS],
  ['COMMITTEE_ROLES', V.COMMITTEE_ROLES, L.COMMITTEE_ROLE_LABELS],
  ['TASK_KINDS', V.TASK_KINDS, L.TASK_KIND_LABELS],
  ['TASK_STATUSES', V.TASK_STATUSES, L.TASK_STATUS_LABELS],
  ['LEADER_DUTIES', V.LEADER_DUTIES, L.LEADER_DUTY_LABELS],
  ['DUTY_RATINGS', V.DUTY_RATINGS, L.DUTY_RATING_LABELS],
  ['LEADER_GRADES', V.LEADER_GRADES, L.LEADER_GRADE_LABELS],
  ['MEETING_KINDS', V.MEETING_KINDS, L.MEETING_KIND_LABELS],
  ['MEETING_STATUSES', V.MEETING_STATUSES, L.MEETING_STATUS_LABELS],
  ['ARCHIVE_KINDS', V.ARCHIVE_KINDS, L.ARCHIVE_KIND_LABELS],
  ['SESSION_FORMS', V.SESSION_FORMS, L.SESSION_FORM_LABELS],
  ['SESSION_STATUSES', V.SESSION_STATUSES, L.SESSION_STATUS_LABELS],
  ['ATTENDANCE_STATUSES', V.ATTENDANCE_STATUSES, L.ATTENDANCE_STATUS_LABELS],
  ['APPRAISAL_KINDS', V.APPRAISAL_KINDS, L.APPRAISAL_KIND_LABELS],
  ['APPRAISAL_RESULTS', V.APPRAISAL_RESULTS, L.APPRAISAL_RESULT_LABELS],
  ['SANCTION_KINDS', V.SANCTION_KINDS, L.SANCTION_KIND_LABELS],
  ['SANCTION_APPROVERS', V.SANCTION_APPROVERS, L.SANCTION_APPROVER_LABELS],
  ['AGREEMENT_KINDS', V.AGREEMENT_KINDS, L.AGREEMENT_KIND_LABELS],
  ['YEARBOOK_SECTIONS', V.YEARBOOK_SECTIONS, L.YEARBOOK_SECTION_LABELS],
  ['PICK_USES', V.PICK_USES, L.PICK_USE_LABELS],
];

/**
 * Code lists kept beside the vocabulary (in domains.ts), each labelled by one table like any other. Not searched
 * for copies: their codes (unit, account, person …) are also the names of every form's steps and fields.
 */
const BEYOND_VOCAB: [list: string, codes: readonly string[], table: Table][] = [
  ['ENTITY_DOMAINS', Object.keys(ENTITY_DOMAINS), L.AUDIT_ENTITY_LABELS],
];

/** Lists that are part of a larger one read the larger one's table (so a code has one label, not two). */
const SUBSETS: [list: string, codes: readonly string[], table: Table][] = [
  ['NATIONAL_LEVELS', V.NATIONAL_LEVELS, L.LEVEL_LABELS],
  ['HOST_LEVELS', V.HOST_LEVELS, L.LEVEL_LABELS],
  ['CARRIER_STATUSES', V.CARRIER_STATUSES, L.CARRIER_STATUS_LABELS],
  ['CLASSIFICATION_DECISIONS', V.CLASSIFICATION_DECISIONS, L.CARRIER_EVENT_LABELS],
  ['MOVEMENT_KINDS', V.MOVEMENT_KINDS, L.CARRIER_EVENT_LABELS],
  ['EXPORT_MEDIA_TYPES', V.EXPORT_MEDIA_TYPES, L.CARRIER_TYPE_LABELS],
  ['FINDING_STATUSES', V.FINDING_STATUSES, L.FINDING_STATE_LABELS],
  ['ADMIN_PAGES', V.ADMIN_PAGES, L.PAGE_LABELS],
  ['REGISTERS', V.REGISTERS.map((r) => r.id), L.PAGE_LABELS],
  ['MEDIUM_KINDS', V.MEDIUM_KINDS, L.DEVICE_KIND_LABELS],
  ['DEVICE_MOVEMENT_KINDS', V.DEVICE_MOVEMENT_KINDS, L.DEVICE_EVENT_KIND_LABELS],
];

/** Column keys of the sortable registers, not words of the domain: their names are the columns' titles. */
const NOT_VOCABULARY = ['CARRIER_SORT_FIELDS', 'PERSON_SORT_FIELDS'];

const HAN = /\p{Script=Han}/u;
const LISTS = [...TABLES, ...SUBSETS].map(([list, codes]) => [list, new Set(codes)] as const);

describe('the label table', () => {
  it('labels every code list of the vocabulary with exactly one table', () => {
    const lists = Object.entries(V)
      .filter(([, v]) => Array.isArray(v))
      .map(([name]) => name)
      .filter((name) => !NOT_VOCABULARY.includes(name));
    const labelled = [...TABLES, ...SUBSETS].map(([list]) => list);
    expect(labelled.length).toBe(new Set(labelled).size);
    expect(labelled.sort()).toEqual(lists.sort());
  });

  it('gives every code exactly one non-empty Chinese label, and no table a key that is not a code', () => {
    for (const [list, codes, table] of [...TABLES, ...BEYOND_VOCAB]) {
      expect(new Set(codes).size, `${list} has a code twice`).toBe(codes.length);
      expect(Object.keys(table).sort(), `${list}: the table's keys are its codes`).toEqual([...codes].sort());
    }
    for (const [list, codes, table] of [...TABLES, ...BEYOND_VOCAB, ...SUBSETS])
      for (const code of codes) expect(table[code], `${list}.${code}`).toMatch(HAN);
  });

  it('has no table that labels no code list', () => {
    const used = new Set<unknown>([...TABLES, ...BEYOND_VOCAB].map(([, , table]) => table));
    const orphans = Object.entries(L).filter(([, table]) => !used.has(table));
    expect(orphans.map(([name]) => name)).toEqual([]);
  });
});

// ---- No copies elsewhere ----

/** The exemption: a comment `not labels: <why>` on the declaration, for text keyed by codes that is not their name. */
const EXEMPT = /not labels:/;

/** The Chinese text of a table entry: a string, or an object's `label`/`title` (e.g. `{ label, color }`). */
function textOf(e: ts.Expression): string | undefined {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
    return HAN.test(e.text) ? e.text : undefined;
  if (ts.isObjectLiteralExpression(e))
    for (const p of e.properties)
      if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && /^(label|title)$/.test(p.name.text))
        return textOf(p.initializer);
  return undefined;
}

const keyOf = (p: ts.PropertyAssignment) =>
  ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;

/** Code → Chinese pairs of a literal that is a label table: `{ code: '标签', … }` or `[{ value: code, label }, …]`. */
function entriesOf(n: ts.Node): [string, string][] | null {
  if (ts.isObjectLiteralExpression(n)) {
    const props = n.properties.filter(ts.isPropertyAssignment);
    const entries = props.map((p) => [keyOf(p), textOf(p.initializer)] as const);
    // Every entry must be code → text: an object that also holds functions or numbers is not a table.
    if (!props.length || entries.some(([k, t]) => k === undefined || t === undefined)) return null;
    return entries as [string, string][];
  }
  if (ts.isArrayLiteralExpression(n)) {
    const entries: [string, string][] = [];
    for (const e of n.elements) {
      if (!ts.isObjectLiteralExpression(e)) return null;
      const value = e.properties.find(
        (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && keyOf(p) === 'value',
      );
      const text = textOf(e);
      if (!value || !ts.isStringLiteral(value.initializer) || !text) return null;
      entries.push([value.initializer.text, text]);
    }
    return entries.length ? entries : null;
  }
  return null;
}

function exempt(n: ts.Node, source: string): boolean {
  let s: ts.Node = n;
  while (s.parent && !ts.isSourceFile(s.parent) && !ts.isBlock(s.parent)) s = s.parent;
  return (ts.getLeadingCommentRanges(source, s.getFullStart()) ?? []).some((c) =>
    EXEMPT.test(source.slice(c.pos, c.end)),
  );
}

/** Where a source file defines Chinese text for two or more codes of one code list, outside db/domain/labels/. */
export function labelCopies(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    const entries = entriesOf(n);
    if (entries) {
      const [list, hits] = LISTS.map(
        ([name, codes]) => [name, entries.filter(([k]) => codes.has(k))] as const,
      ).sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
      // Two codes of one list, and most of the keys: field names that happen to spell a code are no table.
      if (hits.length >= 2 && hits.length * 2 >= entries.length && !exempt(n, source)) {
        const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        found.push(`${file}:${line} labels ${list} (${hits.map(([k, t]) => `${k}=${t}`).join(', ')})`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

const ROOT = join(import.meta.dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.tsx?$/.test(d.name))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)));
}

describe('no copy of the label table', () => {
  it('no file of electron/, renderer/, scripts/ or db/ but db/domain/labels/ labels codes', () => {
    const files = ['electron', 'renderer', 'scripts', 'db'].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const copies = files
      .filter((f) => !f.startsWith(join('db', 'domain', 'labels') + sep))
      .flatMap((f) => labelCopies(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(copies).toEqual([]);
  });

  it('finds a planted copy, in each shape a copy has taken', () => {
    // The xlsx export's old table, with the word that disagreed.
    const table = `import type { CopyStatus } from '../../../db/domain/vocab';
const STATUS_NAMES: Record<CopyStatus, string> = { in_custody: '在库', on_loan: '借出', destroyed: '已销毁' };`;
    expect(labelCopies('electron/core/carriers/x.ts', table)).toEqual([
      'electron/core/carriers/x.ts:2 labels COPY_STATUSES (in_custody=在库, on_loan=借出, destroyed=已销毁)',
    ]);
    // Inline in a message, options of a Select, and labels kept beside colours.
    const inline = "const s = { transfer: '调离本单位', resign: '离职', retire: '退休' }[kind];";
    expect(labelCopies('electron/core/persons/x.ts', inline)).toHaveLength(1);
    const options = "const o = [{ value: 'paper', label: '纸质' }, { value: 'cd', label: '光盘' }];";
    expect(labelCopies('renderer/x.tsx', options)).toHaveLength(1);
    const tags =
      "const S = { pending: { label: '待审批', color: 'orange' }, used: { label: '已办理', color: 'blue' } };";
    expect(labelCopies('renderer/x.tsx', tags)).toHaveLength(1);
  });

  it('leaves alone what is not a label: colours, messages with arguments, one code, a stated exemption', () => {
    expect(
      labelCopies('renderer/x.ts', "const C = { core: 'red', important: 'orange', general: 'blue' };"),
    ).toEqual([]);
    const messages = "const M = { GAP: (n: number) => `缺少${n}`, REPLAY: '重复导入', FORK: '不衔接' };";
    expect(labelCopies('electron/core/exchange/x.ts', messages)).toEqual([]);
    expect(labelCopies('renderer/x.ts', "const t = { approved: '同意', note: '备注' };")).toEqual([]);
    const fields =
      "const F = { department: '所属部门', custodian: '保管人', term: '保密期限', name: '名称', no: '编号' };";
    expect(labelCopies('electron/ipc/schemas/x.ts', fields)).toEqual([]);
    const exempted = `// not labels: the button that records each step.
const SUBMIT = { talk: '记录谈话', pledge: '记录离岗承诺书' };`;
    expect(labelCopies('renderer/x.tsx', exempted)).toEqual([]);
  });
});
