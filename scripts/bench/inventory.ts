// Probe of issue 20 point 6 (inventory at scale): 清点 of everything started, then 未清点的全部记为在位, through the
// dispatcher as the screen calls them, on a copy of an existing unit (the large demo: 245k copies). Not a test:
// `npx tsx scripts/bench/inventory.ts --db F` (clerk wangli, password Baomi#2026ok, as `baomi demo` makes it)
// prints one JSON line per call with wall and CPU milliseconds.
import { benchOverDb, runBench, unlockedCopy, wallAndCpu } from './bench-unit';

const { source, dir } = benchOverDb('inventory.ts', 'inventory');

async function main(from: string): Promise<void> {
  // A count writes a line per copy: on a copy, never on the unit's own file.
  const { core, api } = await unlockedCopy(from, dir);
  const time = async (name: string, fn: () => Promise<{ ok: boolean }>) => {
    const { value: r, ms, cpu_ms } = await wallAndCpu(fn);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r).slice(0, 400)}`);
    return { r, ms, cpu_ms };
  };
  const startedOn = core.now().slice(0, 10);
  const start = await time('inventory_start', () =>
    api.dispatch('inventory:start', { scope: 'all', startedOn }),
  );
  const inv = (start.r as unknown as { value: { id: number; report: { total: number } } }).value;
  const copies = inv.report.total;
  process.stdout.write(
    `${JSON.stringify({ name: 'inventory_start', copies, ms: start.ms, cpu_ms: start.cpu_ms })}\n`,
  );
  const rest = await time('inventory_check_rest', () =>
    api.dispatch('inventory:checkRest', { inventoryId: inv.id, expected: copies }),
  );
  process.stdout.write(
    `${JSON.stringify({ name: 'inventory_check_rest', copies, ms: rest.ms, cpu_ms: rest.cpu_ms })}\n`,
  );
  core.detach();
}

runBench(() => main(source), dir);
