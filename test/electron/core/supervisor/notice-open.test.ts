// The home page's alert for notices not yet answered reads what each import kept (the notice figures) and one
// query of the notices sent, never a unit's records: it gives the answers listSentNotices (the unit's drawer)
// gives, step by step — sent, received, rectifying, past a deadline, answered, a 备案 received — and a database
// from before the figures gets them from the migration's backfill.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../../../db/migrate';
import { refreshUnitFigures } from '../../../../electron/core/exchange/supervisor-figures';
import { newPerson, postedPerson } from '../persons/helpers';
import { pair, type Site } from '../exchange/helpers';
import { RECTIFICATION, rectifyAll, send } from './notice-helpers';
import { recordsAsObjects } from './held-records';

/** What the alert needs of a unit's open notices, from the drawer's listSentNotices (the reference). */
async function fromDrawer(sup: Site, unitCode: string) {
  const open = (await sup.call('exchange:sentNotices', { unitCode })).filter(
    (n) => n.state === 'sent' || n.state === 'rectifying',
  );
  if (!open.length) return undefined;
  const unseen = open.filter((n) => n.state === 'sent').length;
  const late = open.reduce((k, n) => k + n.items.filter((i) => i.state === 'overdue').length, 0);
  return { open: open.length, unseen, late, earliest: open[open.length - 1]?.title };
}

/** The same, read back from the home page's alert, with the SQL the home load prepared. */
async function fromAlert(sup: Site, unitCode: string) {
  const db = sup.core.session().db;
  // The project's own SQL (the connection) and drizzle's (its session, which keeps statements).
  const session = (db as unknown as { session: { client: typeof db.$client } }).session.client;
  const clients = [db.$client, session];
  const prepares = clients.map((c) => c.prepare.bind(c));
  const sql: string[] = [];
  clients.forEach((c, i) => {
    c.prepare = ((s: string) => (sql.push(s), prepares[i]?.(s))) as typeof c.prepare;
  });
  let alert;
  try {
    alert = (await sup.call('reminders:list', {})).find((r) => r.id === `supervisor_notice_${unitCode}`);
  } finally {
    clients.forEach((c, i) => {
      c.prepare = prepares[i] as typeof c.prepare;
    });
  }
  // No unit's findings or notices are read as JSON at a home load.
  expect(sql.filter((s) => /imported_records/.test(s) && /findings|notices/.test(s))).toEqual([]);
  if (!alert) return undefined;
  const n = (re: RegExp) => Number(re.exec(alert.detail)?.[1] ?? 0);
  return {
    open: Number(/有 (\d+) 份通知/.exec(alert.title)?.[1]),
    unseen: n(/(\d+) 份尚未见该单位收到/),
    late: n(/其中 (\d+) 项已过整改期限/),
    earliest: /最早一份：(.*)）。$/.exec(alert.detail)?.[1],
  };
}

async function same(sup: Site, unitCode: string) {
  const want = await fromDrawer(sup, unitCode);
  expect(await fromAlert(sup, unitCode)).toEqual(want);
  return want;
}

describe('notices not yet answered, from the figures kept at import', () => {
  it('notice_alert_from_figures: the alert agrees with the drawer at every step and reads no unit’s records', async () => {
    const { unit, sup } = await pair();
    const liu = await newPerson(unit, { name: '刘洋', department: '办公室' });
    const zhou = await newPerson(unit, { name: '周强', department: '保密办' });
    const li = await postedPerson(unit, { name: '李明' });
    await send(unit, sup);
    expect(await same(sup, unit.code)).toBeUndefined();

    const rect = await sup.call('exchange:writeNotice', {
      unitCode: unit.code,
      outPath: sup.dir,
      content: RECTIFICATION,
    });
    const filing = await sup.call('exchange:writeNotice', {
      unitCode: unit.code,
      outPath: sup.dir,
      content: {
        kind: 'filing',
        title: '涉密人员备案回执',
        items: [{ register: 'persons', recordId: String(li.id), name: '李明' }],
      },
    });
    expect(await same(sup, unit.code)).toMatchObject({ open: 2, unseen: 2 });

    const got = await unit.call('exchange:importNotice', { path: rect.path });
    await send(unit, sup, 'incremental');
    expect(await same(sup, unit.code)).toMatchObject({ open: 2, unseen: 1, late: 0 });

    // Past the first finding's deadline, still open.
    sup.clock.set('2026-08-01');
    expect(await same(sup, unit.code)).toMatchObject({ late: 1 });

    await unit.call('exchange:importNotice', { path: filing.path });
    const board = await unit.call('inspections:findings', { inspectionId: got.inspectionId as number });
    await rectifyAll(unit, board.rows, liu, zhou);
    await send(unit, sup, 'incremental');
    expect(await same(sup, unit.code)).toBeUndefined();
  });

  it('notice_figures_backfill: the migration writes the notice figures an import would', async () => {
    const { unit, sup } = await pair();
    const rect = await sup.call('exchange:writeNotice', {
      unitCode: unit.code,
      outPath: sup.dir,
      content: RECTIFICATION,
    });
    await unit.call('exchange:importNotice', { path: rect.path });
    await send(unit, sup);
    const client = sup.core.session().db.$client;
    const read = () =>
      client
        .prepare("SELECT figure, key, n FROM supervision_figures WHERE figure LIKE 'notice_%' ORDER BY 1, 2")
        .all();
    refreshUnitFigures(client, unit.code);
    const atImport = read();
    expect(atImport).toEqual([
      { figure: 'notice_findings', key: '1/1:pending', n: 1 },
      { figure: 'notice_findings', key: '1/2:pending', n: 1 },
      { figure: 'notice_seen', key: '1', n: 1 },
    ]);
    client.prepare("DELETE FROM supervision_figures WHERE figure LIKE 'notice_%'").run();
    // The records as that migration met them: objects, before layouts (0059).
    recordsAsObjects(client);
    client.exec(readFileSync(join(migrationsFolder(), '0039_supervision_notice_figures.sql'), 'utf8'));
    expect(read()).toEqual(atImport);
  });
});
