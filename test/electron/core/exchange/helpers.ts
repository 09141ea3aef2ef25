// Two (or three) real installations on encrypted databases, with keys exchanged as the clerks would: the
// unit's public key file imported at the supervisor after its fingerprint is typed, and the other way round.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppCore } from '../../../../electron/core/app-core';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../electron/ipc/contract';
import type { AppError } from '../../../../electron/ipc/result';
import type { Dispatcher } from '../../../../electron/ipc/dispatch';
import { callsOn } from '../../../helpers/calls';
import { CLERK, newCore, newDispatcher, tempDir, UNIT } from '../../../helpers/temp';
import type { MovableClock } from '../carriers/helpers';

export interface Site {
  core: AppCore;
  api: Dispatcher;
  clock: MovableClock;
  dir: string;
  code: string;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  refused<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<AppError>;
}

/** Like the carriers' movable clock, but a second passes with every reading, as it does at a real desk. */
export function tickingClock(start: string): MovableClock {
  let t = new Date(`${start}T09:00:00`).getTime();
  return {
    now: () => new Date((t += 1000)),
    set: (d) => (t = new Date(`${d}T09:00:00`).getTime()),
  };
}

export const SUPERVISOR = { name: '某市国家保密局', unitCode: '11110000MB0000001A' };
export const OTHER_UNIT = { name: '某市统计局', unitCode: '11110000MB0999999Z' };

export async function openSite(
  unit: { name: string; unitCode: string },
  mode: 'unit' | 'supervisor' = 'unit',
  /** A folder that outlives one test (for sites made in `beforeAll`); removed by `removeLongLived`. */
  longLived = false,
): Promise<Site> {
  const clock = tickingClock('2026-06-15');
  const dir = longLived ? mkdtempSync(join(tmpdir(), 'baomi-x-')) : tempDir('baomi-x-');
  if (longLived) longLivedDirs.push(dir);
  const core = newCore(dir, clock);
  const api = newDispatcher(core);
  const r = await api.dispatch('session:setup', { unit: { ...UNIT, ...unit }, account: CLERK, mode });
  if (!r.ok) throw new Error(`setup failed: ${r.error.message}`);
  return {
    core,
    api,
    clock,
    dir,
    code: unit.unitCode,
    ...callsOn(api),
  };
}

/** `from`'s public key file, imported at `to` in the given role after its fingerprint is typed (with dashes). */
export async function introduce(from: Site, to: Site, role: 'supervisor' | 'subordinate'): Promise<void> {
  const out = await from.call('keys:exportPublic', { outPath: from.dir });
  const typed = out.fingerprint.toLowerCase().replace(/ /g, '-');
  await to.call('exchange:importKey', { path: out.path, fingerprint: typed, role });
}

const longLivedDirs: string[] = [];

export function removeLongLived(sites: Site[]): void {
  for (const s of sites) s.core.detach();
  for (const d of longLivedDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function pair(longLived = false): Promise<{ unit: Site; sup: Site }> {
  const [unit, sup] = await Promise.all([
    openSite(UNIT, 'unit', longLived),
    openSite(SUPERVISOR, 'supervisor', longLived),
  ]);
  await introduce(unit, sup, 'subordinate');
  await introduce(sup, unit, 'supervisor');
  return { unit, sup };
}

/** A unit and its supervisor, the unit holding `carriers` seeded carriers (the same every time). */
export async function pairWithCarriers(carriers: number): Promise<{ unit: Site; sup: Site }> {
  const sites = await pair();
  let s = 5;
  seedCarriers(sites.unit.core.session().db, {
    count: carriers,
    rng: () => (s = (s * 48271) % 2147483647) / 2147483647,
    now: sites.unit.core.clock.now(),
  });
  return sites;
}

export const MEDIA = { type: 'usb' as const, department: '办公室', custodian: '王丽' };

export async function exportTo(
  from: Site,
  to: string,
  profile: 'full' | 'incremental' | 'annual' = 'full',
): Promise<ChannelOutput<'exchange:export'>> {
  return from.call('exchange:export', { to, profile, outPath: from.dir, media: MEDIA });
}

export function writeBytes(site: Site, name: string, bytes: Uint8Array): string {
  const p = join(site.dir, name);
  writeFileSync(p, bytes);
  return p;
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
