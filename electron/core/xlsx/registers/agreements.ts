// 保密协议台账 in a sheet (REFERENCE §2.2: 是否签订保密协议+日期, 离岗保密协议): a row imports through the
// register's own record (recordAgreementInTx, the 竞业限制 cap included). The sheet names who signed by name;
// the writer finds them among the 涉密人员, then the 在职人员, inside the import's transaction, and refuses the
// row when nobody or more than one person has that name. A 合作方 agreement names the other party instead.
// A column feeds the input path and the bare field the write refuses on (rules name the form's own fields).
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AGREEMENT_KIND_LABELS } from '../../../../db/domain/labels';
import type { Db } from '../../../../db/open';
import { agreements, persons, staffMembers } from '../../../../db/schema';
import { optionalText } from '../../../ipc/schemas/common';
import {
  AgreementInput,
  AgreementListInput,
  type AgreementView,
} from '../../../ipc/schemas/trainings-records';
import { listAgreements, recordAgreementInTx } from '../../trainings';
import { optionalDate, personOrStaffIn, reader } from './common';
import { allRows } from './paged';
import type { RegisterColumns, RegisterImport } from './types';

const COLUMNS = [
  {
    key: 'kind',
    heading: '协议类型',
    synonyms: ['协议类别', '协议名称', '类别'],
    width: 14,
    required: true,
    paths: ['agreement.kind', 'kind'],
  },
  {
    key: 'subject',
    heading: '签订人',
    synonyms: ['姓名', '签订人员', '签订人姓名'],
    width: 14,
    required: true,
    paths: ['signer', 'agreement.personId', 'agreement.staffId', 'personId', 'staffId'],
  },
  {
    key: 'partner',
    heading: '对方单位',
    synonyms: ['合作方', '合作单位'],
    width: 18,
    paths: ['agreement.partner', 'partner'],
  },
  {
    key: 'signedOn',
    heading: '签订日期',
    synonyms: ['签订时间', '签署日期'],
    width: 12,
    required: true,
    paths: ['agreement.signedOn', 'signedOn'],
  },
  {
    key: 'termEndsOn',
    heading: '有效期至',
    synonyms: ['期满日期', '到期日期'],
    width: 12,
    paths: ['agreement.termEndsOn', 'termEndsOn'],
  },
  {
    key: 'nonCompeteFrom',
    heading: '竞业限制起',
    synonyms: ['竞业限制起始日期'],
    width: 12,
    paths: ['agreement.nonCompeteFrom', 'nonCompeteFrom'],
  },
  {
    key: 'nonCompeteEndsOn',
    heading: '竞业限制止',
    synonyms: ['竞业限制截止日期'],
    width: 12,
    paths: ['agreement.nonCompeteEndsOn', 'nonCompeteEndsOn'],
  },
  { key: 'notes', heading: '备注', width: 20, paths: ['agreement.notes', 'notes'] },
] as const;

const AgreementImportInput = z.object({
  signer: optionalText('签订人', 100),
  agreement: AgreementInput,
});
type AgreementImportInput = z.output<typeof AgreementImportInput>;

/** The record needs a person or staff id; the row's is decided in the transaction (see the writer). */
const RESOLVED_IN_TRANSACTION = 1;

const KIND_ALIASES = {
  保密协议: 'tech_secrecy',
  技术保密: 'tech_secrecy',
  知识产权: 'ip_protection',
  竞业限制: 'non_compete',
  竞业协议: 'non_compete',
  合作方: 'partner',
  合作方协议: 'partner',
} as const;

/** Who signed: a 涉密人员 first, else an 在职人员 (common.ts). */
const signerIn = (tx: Pick<Db, 'select'>, name: string) =>
  personOrStaffIn(tx, name, {
    known: 'agreement_signer_known',
    unique: 'agreement_signer_unique',
    field: 'signer',
    uniqueHint: '请在系统中逐条登记此协议。',
  });

const agreementImport: RegisterImport<AgreementImportInput> = {
  schema: AgreementImportInput,
  read(cells) {
    const r = reader(cells, COLUMNS);
    const kind = r.choice('kind', AGREEMENT_KIND_LABELS, KIND_ALIASES);
    const subject = r.name('subject');
    const partner = kind === 'partner' ? r.text('partner') || subject : r.text('partner') || undefined;
    const input = {
      signer: kind === 'partner' ? undefined : subject || undefined,
      agreement: {
        kind,
        personId: kind === 'partner' ? undefined : RESOLVED_IN_TRANSACTION,
        partner,
        signedOn: r.date('signedOn'),
        termEndsOn: optionalDate(r, 'termEndsOn'),
        nonCompeteFrom: optionalDate(r, 'nonCompeteFrom'),
        nonCompeteEndsOn: optionalDate(r, 'nonCompeteEndsOn'),
        notes: r.text('notes') || undefined,
      },
    };
    if (kind && kind !== 'partner' && !subject) r.missing('subject', '请填写签订人');
    return { input: r.errors.length ? null : input, errors: r.errors };
  },
  key: (i) => `${i.agreement.kind}|${i.signer ?? i.agreement.partner ?? ''}|${i.agreement.signedOn}`,
  exists: (tx, i) =>
    tx
      .select({ id: agreements.id })
      .from(agreements)
      .leftJoin(persons, eq(persons.id, agreements.personId))
      .leftJoin(staffMembers, eq(staffMembers.id, agreements.staffId))
      .where(
        and(
          eq(agreements.kind, i.agreement.kind),
          eq(agreements.signedOn, i.agreement.signedOn),
          eq(
            sql`coalesce(${persons.name}, ${staffMembers.name}, ${agreements.partner}, '')`,
            i.signer ?? i.agreement.partner ?? '',
          ),
        ),
      )
      .get() !== undefined,
  writer: (_tx, ctx) => (tx, i) => {
    const who = i.signer ? signerIn(tx, i.signer) : {};
    recordAgreementInTx(tx, ctx, { ...i.agreement, personId: undefined, staffId: undefined, ...who });
  },
};

export const agreementColumns: RegisterColumns = {
  id: 'agreements',
  title: '保密协议台账',
  entity: 'agreement',
  domain: 'trainings',
  exportAction: 'agreements_export_xlsx',
  columns: COLUMNS,
  query: AgreementListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => AgreementListInput.parse(q),
      (q) => listAgreements(db, q),
      (a: AgreementView) => ({
        kind: AGREEMENT_KIND_LABELS[a.kind],
        subject: a.subject,
        partner: a.partner ?? '',
        signedOn: a.signedOn,
        termEndsOn: a.termEndsOn ?? '',
        nonCompeteFrom: a.nonCompeteFrom ?? '',
        nonCompeteEndsOn: a.nonCompeteEndsOn ?? '',
        notes: a.notes ?? '',
      }),
    ),
  import: agreementImport as RegisterImport<unknown>,
};
