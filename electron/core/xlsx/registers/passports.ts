// 因私出国（境）证照登记 in a sheet (证照由单位统一保管): who, which 证照, its number and validity, when it came into
// the unit's custody. A row imports through the register's own 交单位保管 (registerPassportInTx); the sheet names
// the holder by name and the writer finds the 涉密人员 of that name inside the import's transaction, refusing the
// row when there is none or more than one. A column feeds the input path and the bare field the write refuses on.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { PASSPORT_KIND_LABELS } from '../../../../db/domain/labels';
import type { Db } from '../../../../db/open';
import { passports, persons } from '../../../../db/schema';
import { requiredText } from '../../../ipc/schemas/common';
import { PassportListInput, PassportRegisterInput, type PassportView } from '../../../ipc/schemas/travel';
import { listPassports, registerPassportInTx } from '../../travel';
import { refuse } from '../../util/refuse';
import { optionalDate, reader } from './common';
import type { RegisterColumns, RegisterImport } from './types';

const COLUMNS = [
  {
    key: 'holder',
    heading: '姓名',
    synonyms: ['持证人', '持证人姓名', '人员姓名'],
    width: 10,
    required: true,
    paths: ['holder', 'passport.personId', 'personId'],
  },
  {
    key: 'kind',
    heading: '证照类型',
    synonyms: ['证件类型', '证照种类', '证件名称'],
    width: 12,
    required: true,
    paths: ['passport.kind', 'kind'],
  },
  {
    key: 'number',
    heading: '证照号码',
    synonyms: ['证件号码', '护照号码', '证件号', '号码'],
    width: 16,
    required: true,
    paths: ['passport.number', 'number'],
  },
  {
    key: 'expiresOn',
    heading: '有效期至',
    synonyms: ['有效期', '有效期限', '失效日期'],
    width: 12,
    paths: ['passport.expiresOn', 'expiresOn'],
  },
  {
    key: 'receivedOn',
    heading: '交单位保管日期',
    synonyms: ['保管日期', '收存日期', '上交日期', '交存日期'],
    width: 14,
    required: true,
    paths: ['passport.receivedOn', 'receivedOn'],
  },
  { key: 'custody', heading: '保管状态', width: 10, exportOnly: true },
  { key: 'dueBackOn', heading: '应交回日期', width: 12, exportOnly: true },
] as const;

const PassportImportInput = z.object({
  holder: requiredText('姓名', 40),
  passport: PassportRegisterInput,
});
type PassportImportInput = z.output<typeof PassportImportInput>;

/** The record needs a person id; the row's is decided in the transaction (see the writer). */
const RESOLVED_IN_TRANSACTION = 1;

const KIND_ALIASES = {
  因私护照: 'passport',
  普通护照: 'passport',
  往来港澳通行证: 'hk_macau',
  港澳通行证: 'hk_macau',
  往来台湾通行证: 'taiwan',
  大陆居民往来台湾通行证: 'taiwan',
  台胞证: 'taiwan',
} as const;

function holderIn(tx: Pick<Db, 'select'>, name: string): number {
  const found = tx.select({ id: persons.id }).from(persons).where(eq(persons.name, name)).limit(2).all();
  if (found.length === 0) {
    refuse('passport_holder_known', `“${name}”不在涉密人员名单中，请先登记此人。`, 'holder');
  }
  if (found.length > 1) {
    refuse('passport_holder_unique', `涉密人员中有不止一位“${name}”，请在此人的档案中登记证照。`, 'holder');
  }
  return (found[0] as { id: number }).id;
}

const passportImport: RegisterImport<PassportImportInput> = {
  schema: PassportImportInput,
  read(cells) {
    const r = reader(cells, COLUMNS);
    const input = {
      holder: r.name('holder'),
      passport: {
        personId: RESOLVED_IN_TRANSACTION,
        kind: r.choice('kind', PASSPORT_KIND_LABELS, KIND_ALIASES),
        number: r.text('number').toUpperCase().replace(/\s/g, ''),
        expiresOn: optionalDate(r, 'expiresOn'),
        receivedOn: r.date('receivedOn'),
      },
    };
    return { input: r.errors.length ? null : input, errors: r.errors };
  },
  key: (i) => i.passport.number,
  exists: (tx, i) =>
    tx.select({ id: passports.id }).from(passports).where(eq(passports.number, i.passport.number)).get() !==
    undefined,
  writer: (_tx, ctx) => (tx, i) => {
    registerPassportInTx(tx, ctx, { ...i.passport, personId: holderIn(tx, i.holder) });
  },
};

export const passportColumns: RegisterColumns = {
  id: 'passports',
  title: '因私出国（境）证照登记',
  entity: 'passport',
  domain: 'travel',
  exportAction: 'passports_export_xlsx',
  columns: COLUMNS,
  query: PassportListInput,
  // Every 证照 the unit keeps or has handed out (not paged: a unit holds a few hundred at most).
  rows: (db, query, today) =>
    listPassports(db, PassportListInput.parse(query), today).map((p: PassportView) => ({
      holder: p.personName,
      kind: PASSPORT_KIND_LABELS[p.kind],
      number: p.number,
      expiresOn: p.expiresOn ?? '',
      receivedOn: p.receivedOn,
      custody: p.inCustody ? '单位保管' : '已领用',
      dueBackOn: p.dueBackOn ?? '',
    })),
  import: passportImport as RegisterImport<unknown>,
};
