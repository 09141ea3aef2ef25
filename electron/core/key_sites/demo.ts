// Demo data for 要害部门部位: the 保密室, 机要室, 档案室 and 涉密机房 approved a year ago with their protections,
// a check each month or quarter, 值班 and a year of 出入登记. Deterministic for a seeded `rng`.
import type { NationalLevel } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import {
  approvals,
  keySiteChecks,
  keySiteDuties,
  keySiteProtections,
  keySites,
  keySiteVisits,
  persons,
} from '../../../db/schema';
import { addDays } from '../util/dates';

export const KEY_SITE_SCALES = { small: { visits: 40 }, large: { visits: 2000 } } as const;

const SITES: [string, NationalLevel, string, number][] = [
  ['保密室', 'secret', '办公楼三层301', 30],
  ['机要室', 'secret', '办公楼二层205', 30],
  ['档案室', 'confidential', '档案楼一层', 90],
  ['涉密机房', 'secret', '办公楼四层402', 90],
];
const PROTECTIONS: ['manual' | 'physical' | 'technical', string, number][] = [
  ['manual', '24小时值班', 1],
  ['physical', '保险柜', 2],
  ['physical', '密码柜', 3],
  ['technical', '门禁', 1],
  ['technical', '视频监控', 4],
  ['technical', '入侵报警', 1],
];
const VISITORS = ['周强', '吴敏', '郑华', '孙涛', '冯磊', '陈静'];
const ORGS = ['市保密局', '信息中心', '维保公司', '审计局'];

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

export function seedKeySites(
  db: Db,
  scale: keyof typeof KEY_SITE_SCALES,
  rng: () => number,
  today: string,
  at: string,
) {
  const people = db.select({ id: persons.id, name: persons.name }).from(persons).limit(20).all();
  if (!people.length) return { keySites: 0, visits: 0 };
  const approvedOn = addDays(today, -365);
  const ids: number[] = [];
  db.transaction((tx) => {
    for (const [name, level, location, every] of SITES) {
      const a = tx
        .insert(approvals)
        .values({
          kind: 'key_site',
          subjectType: 'key_site',
          subjectId: name,
          approverName: '保密委员会',
          approverTitle: '审定',
          decision: 'approved',
          decidedAt: approvedOn,
          documentNo: '保委〔2025〕2号',
          createdAt: at,
        })
        .returning({ id: approvals.id })
        .get();
      const lastCheck = addDays(today, -Math.floor(rng() * every * 1.3));
      const s = tx
        .insert(keySites)
        .values({
          kind: 'place',
          name,
          level,
          managerPersonId: pick(rng, people).id,
          location,
          staffCount: 2 + Math.floor(rng() * 4),
          reason: '集中制作、存放、保管涉密载体的专门场所',
          status: 'approved',
          proposedOn: addDays(approvedOn, -10),
          approvedOn,
          approvalId: a.id,
          checkEveryDays: every,
          lastCheckedOn: lastCheck,
          createdAt: at,
        })
        .returning({ id: keySites.id })
        .get();
      ids.push(s.id);
      for (const [category, item, quantity] of PROTECTIONS)
        tx.insert(keySiteProtections).values({ siteId: s.id, category, item, quantity, createdAt: at }).run();
      for (let d = lastCheck; d > approvedOn; d = addDays(d, -every))
        tx.insert(keySiteChecks)
          .values({ siteId: s.id, checkedOn: d, checker: '王丽', result: 'ok', createdAt: at })
          .run();
      for (let k = 0; k < 7; k++)
        tx.insert(keySiteDuties)
          .values({
            siteId: s.id,
            dutyOn: addDays(today, -k),
            personName: pick(rng, people).name,
            shift: '全天',
            createdAt: at,
          })
          .run();
    }
    const n = KEY_SITE_SCALES[scale].visits;
    for (let i = 0; i < n; i++) {
      const day = addDays(today, -Math.floor(((n - i) / n) * 360));
      const h = 8 + Math.floor(rng() * 8);
      tx.insert(keySiteVisits)
        .values({
          siteId: pick(rng, ids),
          visitorName: pick(rng, VISITORS),
          visitorOrg: pick(rng, ORGS),
          purpose: pick(rng, ['保密检查', '设备维护', '送交文件', '调阅档案']),
          escortName: '王丽',
          inAt: `${day}T${String(h).padStart(2, '0')}:10`,
          outAt: `${day}T${String(h + 1).padStart(2, '0')}:05`,
          createdAt: at,
        })
        .run();
    }
  });
  return { keySites: SITES.length, visits: KEY_SITE_SCALES[scale].visits };
}
