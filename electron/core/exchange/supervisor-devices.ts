// What the supervisor reads of its units' devices and media (issue 14): per unit, how many 涉密计算机/设备 and
// storage media are registered (destroyed ones no longer count), devices by class (so the 工作机/上网机 split of
// each unit shows), and loans or carrying-out still out past their due date. Null until a unit reports them.
// Read from the figures each import keeps (supervisor-figures.ts: devices_live, device_loans_due).
import { BEFORE, reportedRegister, sumWhere, type FigureRows } from './supervisor-figures';

/** family/class → n of one unit. */
function live(f: FigureRows, unit: string): [family: string, cls: string, n: number][] {
  return [...(f.get(unit)?.get('devices_live') ?? [])].map(([k, n]) => {
    const at = k.indexOf('/');
    return [k.slice(0, at), k.slice(at + 1), n];
  });
}

export function deviceFigures(f: FigureRows, units: string[]) {
  const reported = units.some((u) => reportedRegister(f, u, 'devices'));
  const count = (u: string, family: string) =>
    live(f, u)
      .filter(([fam]) => fam === family)
      .reduce((a, [, , n]) => a + n, 0);
  const overdue = (u: string) => sumWhere(f, u, 'device_loans_due', (k) => k === BEFORE);
  const byClass: Record<string, number> = {};
  for (const u of units) {
    for (const [fam, cls, n] of live(f, u)) if (fam === 'device') byClass[cls] = (byClass[cls] ?? 0) + n;
  }
  const total = (pick: (u: string) => number) => units.reduce((a, u) => a + pick(u), 0);
  return {
    devicesByClass: reported ? byClass : null,
    media: reported ? total((u) => count(u, 'medium')) : null,
    overdueDeviceLoans: reported ? total(overdue) : null,
    perUnit: (unitCode: string) => ({
      devices: count(unitCode, 'device'),
      media: count(unitCode, 'medium'),
      overdueDeviceLoans: overdue(unitCode),
    }),
  };
}
