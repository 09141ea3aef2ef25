// Issue 25, point 8: a notice sent down and not yet answered is an alert on the bureau's home, landing on its
// unit; it stays while the 整改通知's findings are open and goes once every finding came back closed.
import { describe, expect, it } from 'vitest';
import { newPerson } from '../persons/helpers';
import { pair, type Site } from '../exchange/helpers';
import { RECTIFICATION, rectifyAll, send } from './notice-helpers';

async function noticeAlert(sup: Site, unitCode: string) {
  return (await sup.call('reminders:list', {})).find((r) => r.id === `supervisor_notice_${unitCode}`);
}

describe('supervisor alerts: notices not yet answered', () => {
  it('a 整改通知 is an alert from sent until its findings come back closed', async () => {
    const { unit, sup } = await pair();
    const liu = await newPerson(unit, { name: '刘洋', department: '办公室' });
    const zhou = await newPerson(unit, { name: '周强', department: '保密办' });
    await send(unit, sup);
    expect(await noticeAlert(sup, unit.code)).toBeUndefined();

    const written = await sup.call('exchange:writeNotice', {
      unitCode: unit.code,
      outPath: sup.dir,
      content: RECTIFICATION,
    });
    const sent = await noticeAlert(sup, unit.code);
    expect(sent).toMatchObject({
      severity: 'info',
      target: 'exchange',
      view: { tab: 'supervisor', filters: { unit: unit.code } },
    });
    expect(sent?.title).toContain('有 1 份通知尚未答复');
    expect(sent?.detail).toContain('1 份尚未见该单位收到');

    const got = await unit.call('exchange:importNotice', { path: written.path });
    await send(unit, sup, 'incremental');
    expect((await noticeAlert(sup, unit.code))?.detail).toContain('1 份整改通知仍在整改中');

    const board = await unit.call('inspections:findings', { inspectionId: got.inspectionId as number });
    await rectifyAll(unit, board.rows, liu, zhou);
    await send(unit, sup, 'incremental');
    expect(await noticeAlert(sup, unit.code)).toBeUndefined();
  });
});
