// 涉密载体台账 in a sheet: the headings of REFERENCE §2.3 (and the names clerks' ledgers give them), 收文 and
// 自制 rows read into the 登记 form's input and written through the same 登记 (rules included), and the
// register's current view written back with the same headings, so export → import gives the same carriers.
import { and, asc, eq } from 'drizzle-orm';
import {
  CARRIER_SOURCE_LABELS,
  CARRIER_STATUS_LABELS,
  CARRIER_TYPE_LABELS,
  LEVEL_LABELS,
} from '../../../../db/domain/labels';
import type { Db } from '../../../../db/open';
import { carrierEvents, carriers, carrierCopies, classificationDecisions } from '../../../../db/schema';
import { CarrierListInput, CarrierRegisterInput } from '../../../ipc/schemas/carriers';
import {
  CarrierNumbers,
  carrierSettings,
  deferSearchIndex,
  listCarriers,
  PlaceLevels,
  registerInTx,
  termFromRow,
  termLabel,
} from '../../carriers';
import { carrierExists } from './carriers-match';
import { copyRanges, departmentOf, reader } from './common';
import type { RegisterColumns } from './types';
import { inList } from '../../util/in-list';

const TYPE_ALIASES = {
  文件: 'paper',
  纸介质: 'paper',
  纸质文件: 'paper',
  优盘: 'usb',
  移动硬盘: 'disk',
} as const;
const SOURCE_ALIASES = {
  收: 'received',
  来文: 'received',
  收到: 'received',
  制: 'produced',
  本单位制作: 'produced',
} as const;

const COLUMNS = [
  {
    key: 'carrierNo',
    heading: '编号',
    synonyms: ['登记编号', '登记号', '载体编号', '收文编号'],
    width: 16,
    paths: ['carrierNo'],
  },
  {
    key: 'level',
    heading: '密级',
    synonyms: ['密级及保密期限', '密级和保密期限', '密级标志'],
    width: 10,
    required: true,
    paths: ['level'],
  },
  {
    key: 'name',
    heading: '名称',
    synonyms: ['文件资料名称', '文件名称', '载体名称', '标题', '文件标题'],
    width: 40,
    required: true,
    paths: ['name'],
  },
  {
    key: 'docNo',
    heading: '文号',
    synonyms: ['文号或编号', '发文字号', '文件编号'],
    width: 20,
    paths: ['docNo'],
  },
  {
    key: 'type',
    heading: '类别',
    synonyms: ['载体类别', '载体类型', '类型', '种类'],
    width: 8,
    paths: ['type'],
  },
  { key: 'source', heading: '来源', synonyms: ['载体来源'], width: 6, paths: ['source'] },
  {
    key: 'issuer',
    heading: '制作/发文单位',
    synonyms: ['发文单位', '制发单位', '制作单位', '发文机关'],
    width: 20,
    paths: ['issuer'],
  },
  {
    key: 'issuedOn',
    heading: '制发日',
    synonyms: ['制发日期', '成文日期', '发文日期', '印发日期', '形成日期'],
    width: 12,
    required: true,
    paths: ['issuedOn'],
  },
  {
    key: 'term',
    heading: '保密期限',
    synonyms: ['期限', '保密期限或解密条件', '解密条件'],
    width: 14,
    paths: ['term'],
  },
  { key: 'termEndsOn', heading: '期限届满', width: 12, exportOnly: true },
  {
    key: 'copies',
    heading: '份数',
    synonyms: ['数量', '份数（份）'],
    width: 6,
    required: true,
    paths: ['copyCount', 'receipt.countedCopies'],
  },
  { key: 'copyNos', heading: '份号', synonyms: ['份号范围'], width: 12, paths: ['copyNos'] },
  { key: 'liveCopies', heading: '在册份数', width: 8, exportOnly: true },
  { key: 'pages', heading: '页数', synonyms: ['页数或容量', '页数/容量'], width: 8, paths: ['pages'] },
  { key: 'capacity', heading: '容量', width: 10, paths: ['capacity'] },
  {
    key: 'department',
    heading: '部门',
    synonyms: ['所属部门', '责任部门', '使用部门', '保管部门'],
    width: 14,
    required: true,
    paths: ['department'],
  },
  {
    key: 'custodian',
    heading: '保管人',
    synonyms: ['责任人', '保管责任人', '持有人'],
    width: 10,
    required: true,
    paths: ['custodian'],
  },
  {
    key: 'location',
    heading: '存放位置',
    synonyms: ['存放地点', '保管位置', '存放处'],
    width: 14,
    // The storage warnings ask for a 存放说明 but are about the place: shown under the column the sheet has.
    paths: ['location', 'storageReason'],
  },
  { key: 'storageReason', heading: '存放说明', width: 14 },
  {
    key: 'needToKnow',
    heading: '知悉范围',
    synonyms: ['发放范围', '知悉人员范围'],
    width: 20,
    paths: ['needToKnow'],
  },
  {
    key: 'registeredOn',
    heading: '登记日期',
    synonyms: ['登记日', '收文日期', '收到日期', '接收日期'],
    width: 12,
    paths: ['registeredOn'],
  },
  { key: 'fromUnit', heading: '来文单位', synonyms: ['来文机关'], width: 16, paths: ['receipt.fromUnit'] },
  { key: 'signedBy', heading: '签收人', synonyms: ['接收人'], width: 10, paths: ['receipt.signedBy'] },
  {
    key: 'proposer',
    heading: '承办人',
    synonyms: ['拟稿人'],
    width: 10,
    paths: ['classification.proposerName'],
  },
  {
    key: 'classifier',
    heading: '定密责任人',
    synonyms: ['定密人'],
    width: 10,
    paths: ['classification.classifierName', 'classification'],
  },
  { key: 'decidedOn', heading: '定密日期', width: 12, paths: ['classification.decidedOn'] },
  {
    key: 'reason',
    heading: '定密依据',
    synonyms: ['定密依据说明'],
    width: 20,
    paths: ['classification.reason'],
  },
  { key: 'secretPoints', heading: '密点', width: 16, paths: ['secretPoints'] },
  { key: 'status', heading: '状态', width: 10, exportOnly: true },
  { key: 'notes', heading: '备注', width: 20, paths: ['notes'] },
] as const;

type Register = CarrierRegisterInput;

export const carrierColumns: RegisterColumns<Register> = {
  id: 'carriers',
  title: '涉密载体台账',
  entity: 'carrier',
  domain: 'carriers',
  exportAction: 'carriers_export_xlsx',
  columns: COLUMNS,
  query: CarrierListInput.omit({ page: true, pageSize: true }),
  rows: exportRows,
  import: {
    schema: CarrierRegisterInput,
    departments: (db) =>
      db
        .selectDistinct({ d: carriers.department })
        .from(carriers)
        .all()
        .map((r) => r.d),

    read(cells, ctx) {
      const r = reader(cells, COLUMNS);
      const level = r.level('level');
      const copies = r.copies('copies');
      const nos = r.copies('copyNos');
      const issuedOn = r.date('issuedOn');
      const department = departmentOf(r, 'department', ctx);
      const custodian = r.name('custodian');
      // 页数或容量 in one column: a number is pages, anything else (4GB) the capacity.
      const pagesCell = r.text('pages');
      const pages = /^\d+$/.test(pagesCell) ? Number(pagesCell) : undefined;
      const capacity = r.text('capacity') || (pages === undefined ? pagesCell : '') || undefined;
      // An unreadable 密级 already names the row's fault; its missing term is not a second one.
      const term =
        r.has('term') && r.text('term')
          ? r.term('term')
          : (level?.term ??
            (level ? r.missing('term', '请填写保密期限（或在密级后写明，如 机密★10年）') : undefined));
      const source = r.has('source') ? r.choice('source', CARRIER_SOURCE_LABELS, SOURCE_ALIASES) : 'received';
      const count = copies?.nos ? copies.count : (copies?.count ?? 0);
      // A 份号 column lists numbers: a lone 3 is copy No. 3, not three copies.
      const copyNos = nos ? (nos.nos ?? [nos.count]) : copies?.nos;
      const base = {
        carrierNo: r.text('carrierNo') || undefined,
        type: r.has('type') && r.text('type') ? r.choice('type', CARRIER_TYPE_LABELS, TYPE_ALIASES) : 'paper',
        name: r.text('name'),
        docNo: r.text('docNo') || undefined,
        issuer: r.text('issuer') || undefined,
        level: level?.level,
        term,
        issuedOn,
        registeredOn: r.has('registeredOn') && r.text('registeredOn') ? r.date('registeredOn') : issuedOn,
        needToKnow: r.list('needToKnow').length ? r.list('needToKnow') : department ? [department] : [],
        pages,
        capacity,
        copyCount: count,
        copyNos: copyNos ?? undefined,
        department,
        custodian,
        location: r.text('location') || undefined,
        storageReason: r.text('storageReason') || undefined,
        secretPoints: r.text('secretPoints') || undefined,
        notes: r.text('notes') || undefined,
      };
      const input =
        source === 'produced'
          ? {
              source,
              ...base,
              classification: {
                proposerName: r.name('proposer') || custodian,
                classifierName: r.name('classifier'),
                decidedOn: r.text('decidedOn') ? r.date('decidedOn') : issuedOn,
                reason: r.text('reason') || undefined,
              },
            }
          : {
              source,
              ...base,
              receipt: {
                fromUnit: r.text('fromUnit') || base.issuer,
                signedBy: r.name('signedBy') || custodian,
                countedCopies: count,
              },
            };
      return { input: r.errors.length ? null : input, errors: r.errors };
    },

    key: (c) => c.carrierNo ?? `${c.docNo ?? ''}|${c.name}|${c.issuedOn}`,

    exists: carrierExists,

    deferIndex: deferSearchIndex,

    writer(tx, ctx) {
      const commercial = carrierSettings(tx).commercialLevels;
      // 不同密级不得混放 is checked against what the register and the rows before this one keep at each place.
      const places = PlaceLevels.read(tx);
      const numbers = new CarrierNumbers(tx);
      return (sp, input) => {
        const carrierNo = input.carrierNo ?? numbers.for(input.source, input.registeredOn);
        registerInTx(sp, ctx, { ...input, carrierNo }, commercial, { checkPlace: true, places });
        numbers.registered(carrierNo, input.carrierNo !== undefined);
        places.add(input.location, input.level);
      };
    },
  },
};

function exportRows(db: Db, query: unknown, today: string): Record<string, string | number>[] {
  const q = CarrierListInput.parse({ ...(query as object), page: 1, pageSize: 500 });
  const warning = carrierSettings(db).termWarningDays;
  const out: Record<string, string | number>[] = [];
  for (let page = 1; ; page++) {
    const { rows, total } = listCarriers(db, { ...q, page }, today, warning);
    out.push(
      ...fullRows(
        db,
        rows.map((x) => x.id),
      ),
    );
    if (rows.length < q.pageSize || out.length >= total) return out;
  }
}

/** The carriers of `ids` in that order, with what registration recorded (份号, receipt, 定密 record). */
function fullRows(db: Db, ids: number[]): Record<string, string | number>[] {
  if (!ids.length) return [];
  const byId = new Map(
    db
      .select()
      .from(carriers)
      .where(inList(carriers.id, ids))
      .all()
      .map((c) => [c.id, c]),
  );
  const nos = new Map<number, number[]>();
  for (const c of db
    .select({ carrierId: carrierCopies.carrierId, no: carrierCopies.copyNo })
    .from(carrierCopies)
    .where(inList(carrierCopies.carrierId, ids))
    .orderBy(asc(carrierCopies.copyNo))
    .all()) {
    nos.set(c.carrierId, [...(nos.get(c.carrierId) ?? []), c.no]);
  }
  const registered = new Map(
    db
      .select({ carrierId: carrierEvents.carrierId, counterpart: carrierEvents.counterpart })
      .from(carrierEvents)
      .where(and(inList(carrierEvents.carrierId, ids), eq(carrierEvents.kind, 'register')))
      .all()
      .map((e) => [e.carrierId, e.counterpart]),
  );
  const classified = new Map(
    db
      .select()
      .from(classificationDecisions)
      .where(
        and(inList(classificationDecisions.carrierId, ids), eq(classificationDecisions.kind, 'classify')),
      )
      .all()
      .map((d) => [d.carrierId, d]),
  );
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    const d = classified.get(id);
    const received = c.source === 'received';
    return [
      {
        carrierNo: c.carrierNo,
        level: LEVEL_LABELS[c.level],
        name: c.name,
        docNo: c.docNo ?? '',
        type: CARRIER_TYPE_LABELS[c.type],
        source: CARRIER_SOURCE_LABELS[c.source],
        issuer: c.issuer ?? '',
        issuedOn: c.issuedOn,
        term: termLabel(termFromRow(c)),
        termEndsOn: c.termEndsOn ?? '',
        copies: c.copyCount,
        copyNos: copyRanges(nos.get(id) ?? []),
        liveCopies: c.liveCopies,
        pages: c.pages ?? '',
        capacity: c.capacity ?? '',
        department: c.department,
        custodian: c.custodianName,
        location: c.location ?? '',
        storageReason: '',
        needToKnow: (JSON.parse(c.needToKnow) as string[]).join('、'),
        registeredOn: c.registeredOn,
        fromUnit: received ? (registered.get(id) ?? '') : '',
        signedBy: received ? (c.signedBy ?? '') : '',
        proposer: d?.proposerName ?? '',
        classifier: d?.decidedBy ?? '',
        decidedOn: d?.decidedOn ?? '',
        reason: d?.reason ?? '',
        secretPoints: c.secretPoints ?? '',
        status: CARRIER_STATUS_LABELS[c.status],
        notes: c.notes ?? '',
      },
    ];
  });
}
