// Demo data for incidents: two, one reported in time and closed with its 处理结果, one reported late and still
// under investigation, so both the on-time and the late reading of art. 61's clock show. Each is linked to what it
// concerns when the register holds it (a 机密 document of three copies or more, a 涉密 desktop in use), labelled as
// incidents.service labels a link.
import type { Db } from '../../../db/open';

const HOUR = 3_600_000;

export function seedIncidents(db: Db, now: Date): { incidents: number } {
  const c = db.$client;
  const iso = (ms: number) => new Date(ms).toISOString();
  const day = (ms: number) => iso(ms).slice(0, 10);
  const dept =
    (c.prepare('SELECT id FROM departments ORDER BY id LIMIT 1').get() as { id: number } | undefined)?.id ??
    null;
  const ins = c.prepare(
    `INSERT INTO incidents (title, kind, department_id, discovered_at, discovered_place, discovered_by,
       discovered_by_title, discovery_how, party, party_title, occurred_at, occurred_place, method, level, summary,
       status, reported_at, closed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       RETURNING id`,
  );
  const rep = c.prepare(
    `INSERT INTO incident_reports (incident_id, recipient, recipient_name, reported_at, method, reported_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const entry = c.prepare(
    `INSERT INTO incident_entries (incident_id, kind, at, by, text, nature, unit_nature, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = c.prepare(
    'INSERT INTO incident_links (incident_id, kind, ref_id, label, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const lost = c
    .prepare(
      "SELECT id, carrier_no AS no, name FROM carriers WHERE level = 'secret' AND copy_count >= 3 ORDER BY id LIMIT 1",
    )
    .get() as { id: number; no: string; name: string } | undefined;
  const pc = c
    .prepare(
      `SELECT id, device_no AS no FROM devices WHERE family = 'device' AND class = 'classified' AND kind = 'desktop'
       AND status = 'in_use' ORDER BY id LIMIT 1`,
    )
    .get() as { id: number; no: string } | undefined;
  c.transaction(() => {
    const t1 = now.getTime() - 120 * 24 * HOUR;
    const a = (
      ins.get(
        '机密级文件一份清点时缺失',
        'possible_leak',
        dept,
        iso(t1),
        '机要室',
        '王丽',
        '保密员',
        '月度清点时发现第3份缺失',
        '赵敏',
        '科员',
        iso(t1 - 48 * HOUR),
        '档案科',
        '借阅后未按时归还',
        'secret',
        '经查找在借阅人办公桌抽屉内找到，未发现扩散',
        'closed',
        iso(t1 + 5 * HOUR),
        day(t1 + 30 * 24 * HOUR),
        iso(t1 + HOUR),
      ) as { id: number }
    ).id;
    if (lost) link.run(a, 'carrier', lost.id, `${lost.no}《${lost.name}》（清点缺失第3份）`, iso(t1 + HOUR));
    rep.run(a, 'bureau', '市国家保密局', iso(t1 + 4 * HOUR), 'written', '王丽', iso(t1 + 5 * HOUR));
    rep.run(a, 'superior', '市档案局办公室', iso(t1 + 5 * HOUR), 'phone', '王丽', iso(t1 + 5 * HOUR));
    entry.run(a, 'remedy', day(t1), '王丽', '立即组织查找，封存借阅登记', null, null, iso(t1 + 2 * HOUR));
    entry.run(
      a,
      'search',
      day(t1 + 24 * HOUR),
      '保密办',
      '在借阅人办公桌抽屉内找到',
      null,
      null,
      iso(t1 + 24 * HOUR),
    );
    entry.run(
      a,
      'result',
      day(t1 + 25 * 24 * HOUR),
      '保密委员会',
      '对当事人批评教育并书面检查',
      'negligent',
      'organ',
      iso(t1 + 25 * 24 * HOUR),
    );
    entry.run(
      a,
      'result_notice',
      day(t1 + 28 * 24 * HOUR),
      '王丽',
      '书面告知市国家保密局',
      null,
      null,
      iso(t1 + 28 * 24 * HOUR),
    );
    const t2 = now.getTime() - 10 * 24 * HOUR;
    const b = (
      ins.get(
        '涉密计算机违规连接手机充电',
        'violation',
        dept,
        iso(t2),
        '办公室',
        '周强',
        '网络管理员',
        '保密自监管系统告警',
        '刘洋',
        '科员',
        iso(t2 - 2 * HOUR),
        '办公室',
        '涉密计算机连接智能手机',
        'confidential',
        '当事人用涉密计算机USB口为手机充电，尚未发现信息外泄',
        'reported',
        iso(t2 + 30 * HOUR),
        null,
        iso(t2 + HOUR),
      ) as { id: number }
    ).id;
    if (pc) link.run(b, 'device', pc.id, `${pc.no}（违规连接手机的涉密计算机）`, iso(t2 + HOUR));
    // Reported after the 24 hours: shown as 迟报, never silently.
    rep.run(b, 'bureau', '市国家保密局', iso(t2 + 28 * HOUR), 'written', '王丽', iso(t2 + 30 * HOUR));
    rep.run(b, 'superior', '市档案局办公室', iso(t2 + 30 * HOUR), 'written', '王丽', iso(t2 + 30 * HOUR));
    entry.run(b, 'remedy', day(t2), '周强', '断开连接，封存计算机，开展技术检查', null, null, iso(t2 + HOUR));
  })();
  return { incidents: 2 };
}
