// Progress and cancel of a long import: the job reports rows checked; cancelled, nothing is written.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { openDesk } from '../carriers/helpers';
import { registerDigest, writeSheet } from './sheets';

describe('xlsx import progress and cancel', () => {
  it('reports rows checked while it runs, and a cancelled import writes nothing', async () => {
    const desk = await openDesk();
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `通知${i}`,
      '秘密★5年',
      1,
      '办公室',
      '王丽',
      '2026-05-01',
      '机要室5号保密柜',
    ]);
    const path = await writeSheet(
      tempDir(),
      'big.xlsx',
      ['名称', '密级', '份数', '部门', '保管人', '制发日', '存放位置'],
      rows,
    );
    const db = desk.core.session().db;
    const before = registerDigest(db);
    const jobId = 'job-cancel-1';
    const running = desk.call('xlsx:import', { register: 'carriers', path, createDepartments: true, jobId });
    let seen = 0;
    for (let i = 0; i < 2000; i++) {
      const p = await desk.call('xlsx:progress', { jobId });
      if (p?.phase === 'check' && p.done > 0) {
        seen = p.done;
        expect(p.total).toBe(3000);
        expect((await desk.call('xlsx:cancel', { jobId })).cancelled).toBe(true);
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(seen).toBeGreaterThan(0);
    const r = await running;
    expect(r).toMatchObject({ cancelled: true, written: false, imported: 0 });
    expect(registerDigest(db)).toBe(before);
    expect((await desk.call('xlsx:progress', { jobId }))?.phase).toBe('done');
  });
});
