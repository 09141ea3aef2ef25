// Bench lines for the device register and the usage log (issue 14): a filtered page of the device and media
// registers (each filter the page offers, in turn) and a page of the usage log, p50/p95 over `n` reads.
import { listDevices } from '../../../electron/core/devices/register-query';
import { listUsage } from '../../../electron/core/devices/usage';
import { seedDevices } from '../../../electron/core/devices';
import { seedPersons } from '../../../electron/core/persons';
import { DeviceListInput } from '../../../electron/ipc/schemas/devices';
import { DeviceUsageListInput } from '../../../electron/ipc/schemas/devices-usage';
import type { Db } from '../../../db/open';
import { benchLine, type BenchLine } from './bench-line';

const FILTERS = [
  { family: 'device' },
  { family: 'medium', filters: { status: 'in_use' } },
  { family: 'device', filters: { kind: 'desktop' } },
  { family: 'device', filters: { class: 'internet' } },
  { family: 'medium', filters: { level: 'secret' } },
  { family: 'device', sort: { field: 'levelRank', order: 'desc' } },
  { family: 'medium', search: 'U-0001' },
] as const;

/** Fills the throwaway bench database with persons and the device registers at `scale`. */
export function seedDeviceBench(db: Db, scale: 'small' | 'large', rng: () => number, now: Date): string {
  seedPersons(db, scale, rng, now);
  const r = seedDevices(db, scale, rng, now);
  return `已生成 ${r.devices} 台设备、${r.media} 件存储介质、${r.usage} 条使用登记`;
}

export function deviceLines(db: Db, today: string, n: number): BenchLine[] {
  const time = (f: () => unknown) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const page: number[] = [];
  const usage: number[] = [];
  const days = ['2025-01-01', '2024-01-01', '2023-01-01'];
  for (let i = 0; i < n; i++) {
    const input = DeviceListInput.parse({ ...FILTERS[i % FILTERS.length], pageSize: 100 });
    page.push(time(() => listDevices(db, input, today)));
    const from = days[i % days.length] as string;
    const u = DeviceUsageListInput.parse({ pageSize: 100, ...(i % 2 ? { from } : {}) });
    usage.push(time(() => listUsage(db, u)));
  }
  return [benchLine('devices_page', page), benchLine('device_usage_page', usage)];
}
