// What an approval is about reads in the clerk's words: every subject type the approvals name, over the small demo's
// registers, against its label built here from the table's own columns; a subject that is gone reads as its kind
// and number.
import { describe, expect, it } from 'vitest';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { seedCommittee } from '../../../../electron/core/committee';
import { seedDevices } from '../../../../electron/core/devices/demo';
import { seedKeySites } from '../../../../electron/core/key_sites';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { seedTravel } from '../../../../electron/core/travel';
import { subjectLabels } from '../../../../electron/core/approvals/subject-label';
import { openDesk } from '../carriers/helpers';

const TODAY = '2026-06-15';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** Each type's rows as id and the label expected, straight from its table. */
const EXPECTED: Record<string, string> = {
  carrier: "SELECT id, carrier_no || ' ' || name FROM carriers",
  person: 'SELECT id, name FROM persons',
  device: "SELECT id, '设备 ' || device_no FROM devices",
  key_site: 'SELECT id, name FROM key_sites',
  classified_meeting: 'SELECT id, name FROM classified_meetings',
  private_travel:
    "SELECT t.id, p.name || ' 赴' || t.destination FROM private_travel t JOIN persons p ON p.id = t.person_id",
};

describe('approval subject labels', () => {
  it('subject_labels_name_every_type', async () => {
    const desk = await openDesk(TODAY);
    const db = desk.core.session().db;
    const now = desk.clock.now();
    seedPersons(db, 'small', rngFrom(1), now);
    seedCarriers(db, { count: 30, rng: rngFrom(2), now });
    seedDevices(db, 'small', rngFrom(3), now);
    seedKeySites(db, 'small', rngFrom(4), TODAY, desk.core.now());
    seedCommittee(db, 'small', rngFrom(5), TODAY, desk.core.now());
    seedTravel(db, rngFrom(6), TODAY, desk.core.now());
    for (const [type, query] of Object.entries(EXPECTED)) {
      const rows = db.$client.prepare(query).raw(true).all() as [number, string][];
      expect(rows.length, `the demo has ${type} rows`).toBeGreaterThan(0);
      const missing = Math.max(...rows.map(([id]) => id)) + 1;
      const subjects = [...rows.map(([id]) => id), missing].map((id) => ({
        subjectType: type,
        subjectId: String(id),
      }));
      const labels = subjectLabels(db, subjects);
      for (const [id, label] of rows) expect(labels.get(`${type}:${id}`), `${type} ${id}`).toBe(label);
      expect(labels.get(`${type}:${missing}`)).toMatch(new RegExp(` 第 ${missing} 号$`));
    }
    // A kind without a name of its own, and one the app does not know.
    const other = subjectLabels(db, [
      { subjectType: 'destruction', subjectId: '7' },
      { subjectType: 'unknown', subjectId: '8' },
    ]);
    expect([...other.values()]).toEqual(['销毁批次 第 7 号', '事项 第 8 号']);
    desk.core.detach();
  });
});
