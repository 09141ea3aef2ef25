// The supervisor the bench measures (issue 25, point 10), also the data of the equality tests: UNITS units of
// RECORDS records each, written straight into imported_records (and their layouts) as an import would leave them (carriers and
// their loans, persons, devices and their loans, findings, incidents, one 年度报告), then every unit's figures
// and search rows kept the way an import keeps them. Seeded: the same arguments give the same database.
import type Database from 'better-sqlite3';
import { refreshUnitFigures } from '../../../electron/core/exchange/supervisor-figures';
import { refreshUnitSearch } from '../../../electron/core/exchange/supervisor-search';

type Client = InstanceType<typeof Database>;

const LEVELS = ['top_secret', 'secret', 'confidential'];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文'];
const WORDS = [
  '关于',
  '保密',
  '工作',
  '通知',
  '检查',
  '整改',
  '方案',
  '会议',
  '纪要',
  '报告',
  '规划',
  '预算',
  '人事',
  '统计',
  '项目',
  '合同',
  '审计',
  '年度',
  '季度',
  '专项',
];
const DEPARTMENTS = ['办公室', '综合科', '财务科', '人事科', '档案室', '信息中心'];
const FINDING_STATUSES = ['pending', 'rectifying', 'to_verify', 'closed', 'carried_over'];

export function seededRng(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

export const unitCodeOf = (u: number) => `BENCH${String(u).padStart(13, '0')}`;

function record(u: number, r: number, rnd: () => number): [string, Record<string, unknown>] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const day = (from: number, span: number) =>
    new Date(Date.UTC(2026, 0, 1) + Math.floor(from + rnd() * span) * 86_400_000).toISOString().slice(0, 10);
  const bucket = r % 100;
  if (bucket < 60) {
    const title = `${pick(WORDS)}${pick(WORDS)}${pick(WORDS)}第${u}单位文件${r}`;
    return [
      'carriers',
      {
        id: r,
        carrier_no: `收2026-${String(r).padStart(5, '0')}`,
        name: rnd() < 0.05 ? `${title} (Draft-A%_${r})` : title,
        doc_no: `某〔2026〕${r}号`,
        level: pick(LEVELS),
        status: rnd() < 0.1 ? 'on_loan' : 'in_custody',
      },
    ];
  }
  if (bucket < 70) {
    return [
      'carrier_movements',
      { id: r, due_on: day(120, 90), returned_on: rnd() < 0.7 ? day(150, 30) : null },
    ];
  }
  if (bucket < 78) {
    const separated = rnd() < 0.1;
    return [
      'persons',
      {
        id: r,
        name: `${pick(SURNAMES)}${pick(GIVEN)}${rnd() < 0.5 ? pick(GIVEN) : ''}`,
        department: pick(DEPARTMENTS),
        clearance: pick(['core', 'important', 'general']),
        status: separated ? 'separation' : 'in_post',
        separation_ends_on: separated ? day(100, 200) : null,
      },
    ];
  }
  if (bucket < 88) {
    return [
      'devices',
      {
        id: r,
        family: rnd() < 0.6 ? 'device' : 'medium',
        class: pick(['classified', 'office', 'internet']),
        level: pick(LEVELS),
        status: rnd() < 0.1 ? 'destroyed' : 'in_use',
      },
    ];
  }
  if (bucket < 92) {
    return [
      'device_movements',
      { id: r, due_on: day(120, 90), returned_on: rnd() < 0.7 ? day(150, 30) : null },
    ];
  }
  if (bucket < 98) {
    return [
      'findings',
      {
        id: r,
        area: pick(['carriers', 'devices', 'personnel']),
        department: pick(DEPARTMENTS),
        deadline: day(100, 120),
        status: pick(FINDING_STATUSES),
      },
    ];
  }
  const discovered = `${day(0, 160)}T09:00:00.000Z`;
  const late = rnd();
  return [
    'incidents',
    {
      id: r,
      title: `${pick(WORDS)}事件${r}`,
      discovered_at: discovered,
      reported_at: late < 0.2 ? null : late < 0.4 ? `${discovered.slice(0, 10)}T20:00:00.000Z` : discovered,
      status: 'open',
    },
  ];
}

/** Write `units` units (numbered from `first`) of `records` records each, with their figures and search rows. */
export function fillSupervisor(
  client: Client,
  opts: { units: number; records: number; seed: number; first?: number; counterparts?: boolean },
): void {
  const rnd = seededRng(opts.seed);
  const key = Buffer.alloc(32);
  const cp = client.prepare(
    `INSERT INTO counterparts (unit_code, name, role, sign_key_id, sign_public_key, enc_key_id, enc_public_key,
     fingerprint, report_interval_days, imported_at, updated_at)
     VALUES (?, ?, 'subordinate', ?, ?, ?, ?, ?, 30, '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')`,
  );
  const insert = client.prepare(
    'INSERT INTO imported_records (unit_code, register, record_id, data, seq) VALUES (?, ?, ?, ?, 1)',
  );
  const layout = client.prepare(
    'INSERT INTO imported_layouts (unit_code, register, columns) VALUES (?, ?, ?)',
  );
  const first = opts.first ?? 0;
  for (let u = first; u < first + opts.units; u++) {
    client.transaction(() => {
      const code = unitCodeOf(u);
      if (opts.counterparts !== false) cp.run(code, `第${u}单位`, `s${u}`, key, `e${u}`, key, `FP${u}`);
      // Each record as a line in its register's layout (record-layout.ts), the columns in the order first seen; a
      // column seen later goes at the end (the records before it are shorter lines: null there).
      const layouts = new Map<string, string[]>();
      const put = (register: string, id: string, data: Record<string, unknown>) => {
        let columns = layouts.get(register);
        if (!columns) layouts.set(register, (columns = []));
        for (const c of Object.keys(data)) if (!columns.includes(c)) columns.push(c);
        insert.run(code, register, id, JSON.stringify(columns.map((c) => data[c] ?? null)));
      };
      for (let r = 1; r <= opts.records; r++) {
        const [register, data] = record(u, r, rnd);
        put(register, String(r), data);
      }
      const inPost = Math.floor(rnd() * 200);
      put('annual_report', '2025', {
        year: 2025,
        figures: { peopleInPostForTraining: inPost, peopleUnderTrainingFloor: Math.floor(rnd() * inPost) },
      });
      for (const [register, columns] of layouts) layout.run(code, register, JSON.stringify(columns));
      refreshUnitFigures(client, code);
      refreshUnitSearch(client, code, 1);
    })();
  }
}
