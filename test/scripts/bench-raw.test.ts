// The bench's raw lines measure what the app measures (issue 20 point 1): for each register page and each of its
// questions, the plain SQL beside it returns as many rows and the same total as the core does, so a ratio app/raw
// cannot silently compare two different questions. On the bench's own data at the small scale.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { listDevices } from '../../electron/core/devices/register-query';
import { listIncidents } from '../../electron/core/incidents/views';
import { listInspections } from '../../electron/core/inspections/views';
import { listReviews } from '../../electron/core/reviews/views';
import { listSessions } from '../../electron/core/trainings/views';
import { DeviceListInput } from '../../electron/ipc/schemas/devices';
import { IncidentListInput } from '../../electron/ipc/schemas/incidents';
import { InspectionListInput } from '../../electron/ipc/schemas/inspections';
import { InfoReviewListInput } from '../../electron/ipc/schemas/reviews';
import { SessionListInput } from '../../electron/ipc/schemas/trainings';
import { registerCounts, type BenchClock } from '../../scripts/cli/commands/bench-raw';
import { REGISTERS } from '../../scripts/cli/commands/bench-registers';
import { smallBenchUnit } from '../helpers/bench-unit';

let db: Db;
let clock: BenchClock;

beforeAll(async () => {
  ({ db, clock } = await smallBenchUnit());
}, 60_000);

describe('the bench compares each register page with the same question in plain SQL', () => {
  it.each(REGISTERS.map((r) => [r.name, r] as const))(
    '%s: same rows and total, raw as through the core',
    (_, r) => {
      const answers = registerCounts(db, r, clock);
      for (const a of answers) expect(a.raw, JSON.stringify(a.input)).toEqual(a.app);
      // The questions find something: a line over empty pages would measure nothing.
      expect(answers.some((a) => a.app.rows > 0)).toBe(true);
    },
  );

  it('every register page the bench times is here once', () => {
    const names = REGISTERS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'devices_page',
        'persons_page',
        'findings_page',
        'reviews_page',
        'incidents_page',
        'travel_page',
        'leaving_page',
        'allowance_page',
        'classification_items_page',
        'classification_picker',
        'device_repairs_page',
        'approval_requests_page',
        'approvals_page',
      ]),
    );
  });
});

describe("a clerk's % and _ are searched for as themselves, not as wildcards", () => {
  it('in the device, checks, incidents, reviews and sessions registers', () => {
    const none = (p: { total: number }) => expect(p.total).toBe(0);
    for (const term of ['%', '_', '\\']) {
      none(listDevices(db, DeviceListInput.parse({ family: 'medium', search: term }), clock.today));
      none(listInspections(db, InspectionListInput.parse({ q: term }), clock.today));
      none(listIncidents(db, IncidentListInput.parse({ q: term }), clock.now));
      none(listReviews(db, InfoReviewListInput.parse({ search: term })));
      none(listSessions(db, SessionListInput.parse({ q: term })));
    }
    // And a real part of a 编号 still finds its medium.
    expect(
      listDevices(db, DeviceListInput.parse({ family: 'medium', search: 'U-00' }), clock.today).total,
    ).toBeGreaterThan(0);
  });
});
