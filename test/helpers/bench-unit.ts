// A unit filled as the bench fills its registers, at the small scale: what the tests of the bench's register
// questions (app against raw SQL, drizzle's rows against db/rows.ts) ask.
import type { Db } from '../../db/open';
import { seedCarriers } from '../../electron/core/carriers';
import { seedTrainings } from '../../electron/core/trainings';
import { seedDeviceBench } from '../../scripts/cli/commands/bench-devices';
import { seedInspectionBench } from '../../scripts/cli/commands/bench-inspections';
import { seedItemsBench } from '../../scripts/cli/commands/bench-items';
import { seedPersonsBench } from '../../scripts/cli/commands/bench-persons';
import type { BenchClock } from '../../scripts/cli/commands/bench-raw';
import { seedWorkBench } from '../../scripts/cli/commands/bench-work';
import { seededRng } from '../../scripts/cli/commands/demo';
import { setUpCore } from './temp';

export async function smallBenchUnit(): Promise<{ db: Db; clock: BenchClock }> {
  const { core } = await setUpCore();
  const db = core.session().db;
  const now = core.clock.now();
  seedDeviceBench(db, 'small', seededRng(20261125), now);
  seedTrainings(db, seededRng(20261203), now);
  seedInspectionBench(db, 'small', seededRng(20261204), now);
  seedWorkBench(db, 'small', seededRng(20261206), now);
  seedPersonsBench(db, 'small', seededRng(20261208), now, core.session().account.id);
  // Carriers for the 一览表 to count and the requests to be about, then repairs, items and requests.
  seedCarriers(db, { count: 400, rng: seededRng(20261123), now });
  seedItemsBench(db, 'small', now, core.session().account.id);
  return { db, clock: { today: core.now().slice(0, 10), now } };
}
