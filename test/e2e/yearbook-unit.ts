// The unit the year book's end-to-end tests print: logged in, with the demo's people and `carriers` carriers.
import { seedCarriers } from '../../electron/core/carriers';
import { seedPersons } from '../../electron/core/persons';
import { seededRng } from '../../scripts/cli/commands/demo';
import { login, startApp } from './app';

export async function bookUnit(carriers: number) {
  const bridge = await startApp({ setUp: true });
  const { page, core } = bridge;
  await login(page);
  await page.getByTestId('unit-name').waitFor();
  const db = core.session().db;
  const now = core.clock.now();
  seedPersons(db, 'small', seededRng(20261124), now);
  seedCarriers(db, { count: carriers, rng: seededRng(20261123), now });
  return { bridge, page, core, db, now };
}
