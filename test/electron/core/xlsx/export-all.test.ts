// Every register of the registry exports from a seeded demo desk: each sheet carries the unit's name, its
// headings (序号 then the register's columns, as the importer reads them) and as many rows as the register's own
// list channel counts for the same (unfiltered) view, so paging past 500 rows loses nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCarriers } from '../../../../electron/core/carriers';
import { seedCommittee } from '../../../../electron/core/committee';
import { seedDevices } from '../../../../electron/core/devices';
import { seedIncidents } from '../../../../electron/core/incidents';
import { seedInspections } from '../../../../electron/core/inspections';
import { seedKeySites } from '../../../../electron/core/key_sites';
import { seedPersons } from '../../../../electron/core/persons';
import { seedReviews } from '../../../../electron/core/reviews';
import { seedTrainings } from '../../../../electron/core/trainings';
import { today } from '../../../../electron/core/util/dates';
import { REGISTER_COLUMNS } from '../../../../electron/core/xlsx/registers';
import { XLSX_REGISTERS, type XlsxRegister } from '../../../../electron/ipc/schemas/xlsx';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { tempDir } from '../../../helpers/temp';
import { openDesk, type Desk } from '../carriers/helpers';
import { readCells } from './sheets';

/** How many rows the register's own list channel counts for the whole view. */
const TOTALS: Record<XlsxRegister, (d: Desk) => Promise<number>> = {
  carriers: async (d) => (await d.call('carriers:list', { pageSize: 1 })).total,
  findings: async (d) => (await d.call('inspections:findings', { pageSize: 1 })).total,
  persons: async (d) => (await d.call('persons:list', { pageSize: 1 })).total,
  devices: async (d) => (await d.call('devices:list', { family: 'device', pageSize: 1 })).total,
  media: async (d) => (await d.call('devices:list', { family: 'medium', pageSize: 1 })).total,
  trainings: async (d) => (await d.call('trainings:list', { pageSize: 1 })).total,
  // A row per finding, a check with none on a row of its own.
  inspections: async (d) => {
    const { rows } = await d.call('inspections:list', { pageSize: 500 });
    let n = 0;
    for (const c of rows)
      n += Math.max(1, (await d.call('inspections:findings', { inspectionId: c.id, pageSize: 1 })).total);
    return n;
  },
  incidents: async (d) => (await d.call('incidents:list', { pageSize: 1 })).total,
  travel: async (d) => (await d.call('travel:list', { pageSize: 1 })).total,
  usage: async (d) => (await d.call('devices:usage', { pageSize: 1 })).total,
  staff: async (d) => (await d.call('trainings:staff', { pageSize: 1 })).total,
  appraisals: async (d) => (await d.call('trainings:appraisals', { pageSize: 1 })).total,
  sanctions: async (d) => (await d.call('trainings:sanctions', { pageSize: 1 })).total,
  agreements: async (d) => (await d.call('trainings:agreements', { pageSize: 1 })).total,
  reviews: async (d) => (await d.call('reviews:list', { pageSize: 1 })).total,
  key_sites: async (d) => (await d.call('key_sites:list', { pageSize: 1 })).total,
  meetings: async (d) => (await d.call('committee:classifiedMeetings', { pageSize: 1 })).total,
  committee_meetings: async (d) => (await d.call('committee:meetings', { pageSize: 1 })).total,
  passports: async (d) => (await d.call('travel:passports', {})).length,
  leader_checks: async (d) => (await d.call('committee:leaderChecks', {})).length,
  classification_items: async (d) => (await d.call('classification:list', { pageSize: 1 })).total,
};

describe('export of every register', () => {
  it('each register of a seeded demo desk exports its headings and every row of its view', async () => {
    const d = await openDesk();
    const db = d.core.session().db;
    const now = d.core.clock.now();
    const on = today(d.core.clock);
    seedPersons(db, 'small', seededRng(20261124), now);
    seedCarriers(db, { count: 600, rng: seededRng(20261123), now });
    seedDevices(db, 'small', seededRng(20261125), now);
    seedInspections(db, 'small', seededRng(20261203), now);
    seedIncidents(db, now);
    seedReviews(db, 'small', seededRng(20261203), on, d.core.now());
    seedKeySites(db, 'small', seededRng(20261204), on, d.core.now());
    seedCommittee(db, 'small', seededRng(20261205), on, d.core.now());
    seedTrainings(db, seededRng(20261203), now);
    // The demo keeps no private travel: two trips of the first person on the register.
    const first = (await d.call('persons:list', { pageSize: 1 })).rows[0];
    for (const [destination, departs] of [
      ['泰国', '2026-07-01'],
      ['日本', '2026-08-01'],
    ] as const) {
      await d.call('travel:apply', {
        personId: first?.id ?? 0,
        destination,
        purpose: '探亲',
        appliedOn: '2026-06-15',
        plannedDepartOn: departs,
        plannedReturnOn: departs.replace('-01', '-10'),
      });
    }
    // Nor a 国家秘密事项一览表.
    await d.call('classification:create', {
      name: '年度保密工作要点',
      level: 'secret',
      term: { kind: 'period', years: 10 },
      classifierName: '李建国',
    });
    // Nor passports: the same person's, kept by the unit.
    await d.call('travel:registerPassport', {
      personId: first?.id ?? 0,
      kind: 'passport',
      number: 'E12345678',
      receivedOn: '2026-06-01',
    });

    const dir = tempDir();
    const seen: Record<string, number> = {};
    for (const id of XLSX_REGISTERS) {
      const spec = REGISTER_COLUMNS[id];
      const r = await d.call('xlsx:export', { register: id, outPath: join(dir, `${id}.xlsx`) });
      const cells = await readCells(r.path);
      expect(cells[0]?.[0], id).toContain('某市档案局');
      expect(cells[0]?.[0], id).toContain(spec.title);
      expect(cells[2], id).toEqual(['序号', ...spec.columns.map((c) => c.heading)]);
      const total = await TOTALS[id](d);
      expect(r.rows, id).toBe(total);
      expect(cells.length - 3, id).toBe(total);
      seen[id] = total;
    }
    // The demo fills every register, and the carriers go past one page of the list.
    expect(XLSX_REGISTERS.filter((id) => !seen[id])).toEqual([]);
    expect(seen.carriers).toBeGreaterThan(500);
  }, 120_000);
});
