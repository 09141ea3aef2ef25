// `baomi demo`: a database full of realistic Chinese sample data for every register this version has,
// to try the app, to take screenshots and to bench. Creates the database first when it does not exist.
import { existsSync } from 'node:fs';
import { appendAudit } from '../../../electron/core/audit/audit';
import { recordUnlockCheck, verifySinceCheckpoint } from '../../../electron/core/audit/checkpoint';
import { seedAuditHistory } from '../../../electron/core/audit/seed';
import { seedCarriers } from '../../../electron/core/carriers';
import { seedPersons } from '../../../electron/core/persons';
import { seedDevices, seedRepairs } from '../../../electron/core/devices';
import { seedClassificationItems } from '../../../electron/core/classification';
import { seedApprovalRequests } from '../../../electron/core/approvals/demo';
import { seedInspections } from '../../../electron/core/inspections';
import { seedIncidents } from '../../../electron/core/incidents';
import { seedReviews } from '../../../electron/core/reviews';
import { seedKeySites } from '../../../electron/core/key_sites';
import { seedCommittee, seedRuleDocuments } from '../../../electron/core/committee';
import { seedTrainings } from '../../../electron/core/trainings';
import { seedTravel } from '../../../electron/core/travel';
import { seedLeaving } from '../../../electron/core/leaving/demo';
import { seedAllowance } from '../../../electron/core/allowance/demo';
import { registerCounts } from '../../../electron/core/stats/stats.service';
import { refuse } from '../../../electron/core/util/refuse';
import { today } from '../../../electron/core/util/dates';
import { PAGE_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { oneOf, parseArgs } from '../args';
import { EXIT, readSecret, type Out } from '../io';
import { call, coreFor, dispatcherFor, login, refuseLeftover } from '../session';

export const DEMO_UNIT = {
  name: '某市档案局',
  kind: 'organ',
  unitCode: '11110000MB0123456X',
  hostLevel: 'confidential',
  adminMode: 'small',
} as const;

// A million audit entries at the large scale: years of logins and locks, for the auditor's page and the walk.
export const SCALES = {
  small: { carriers: 400, auditEntries: 2_000 },
  large: { carriers: 100_000, auditEntries: 1_000_000 },
} as const;

/** A small deterministic generator, so two demo databases of one scale hold the same registers. */
export function seededRng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/**
 * The demo fills registers as if they were empty (its numbers, its people's id numbers): over real entries it
 * would collide halfway and leave half a demo among them, or mix invented records into a real register.
 */
function requireEmptyRegisters(db: Db, dbPath: string): void {
  const held = Object.entries(registerCounts(db)).filter(([, n]) => (n ?? 0) > 0);
  if (!held.length) return;
  refuse(
    'demo_needs_empty_database',
    `数据库 ${dbPath} 已有台账数据（${held.map(([id, n]) => `${PAGE_LABELS[id as keyof typeof PAGE_LABELS]} ${n} 条`).join('，')}），演示数据只能写入没有台账数据的数据库。本次未写入任何内容；请用 --db 指定一个新的文件。`,
  );
}

export async function demo(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user', 'scale'], required: ['db'] });
  const scale = oneOf('scale', a.values.scale, ['small', 'large'] as const, 'small');
  const dbPath = a.values.db as string;
  refuseLeftover(coreFor(dbPath));
  let session;
  if (existsSync(dbPath)) {
    session = await login(dbPath, a.values.user);
  } else {
    const core = coreFor(dbPath);
    const api = dispatcherFor(core);
    const username = a.values.user ?? 'demo';
    const password = await readSecret(`为演示账户 ${username} 设置密码：`);
    const r = await call(api, 'session:setup', {
      unit: DEMO_UNIT,
      account: { username, displayName: '王丽', password },
    });
    out.info(`已新建演示数据库 ${core.dbPath}，账户 ${username}，恢复码 ${r.recoveryCode}`);
    session = { core, api };
  }
  const { core } = session;
  try {
    const started = Date.now();
    const db = core.session().db;
    requireEmptyRegisters(db, core.dbPath);
    const now = core.clock.now();
    const { account } = core.session();
    const seeded = {
      // Years of use in the audit log first, so the registers' own entries follow them in time.
      audit: seedAuditHistory(db, {
        count: SCALES[scale].auditEntries,
        years: 3,
        now,
        actor: { accountId: account.id, username: account.username },
        rng: seededRng(20261207),
      }),
      persons: seedPersons(db, scale, seededRng(20261124), now),
      carriers: seedCarriers(db, { count: SCALES[scale].carriers, rng: seededRng(20261123), now }),
      devices: seedDevices(db, scale, seededRng(20261125), now),
      // After the registers they refer to: repairs of the devices, items the carriers cite, requests about carriers.
      repairs: seedRepairs(db, seededRng(20261208), now),
      classification_items: seedClassificationItems(db, scale, seededRng(20261209), core.now()),
      approval_requests: seedApprovalRequests(db, scale, seededRng(20261210), now, account.id),
      inspections: seedInspections(db, scale, seededRng(20261203), now),
      incidents: seedIncidents(db, now),
      reviews: seedReviews(db, scale, seededRng(20261203), today(core.clock), core.now()),
      key_sites: seedKeySites(db, scale, seededRng(20261204), today(core.clock), core.now()),
      committee: seedCommittee(db, scale, seededRng(20261205), today(core.clock), core.now()),
      rules: seedRuleDocuments(db, today(core.clock), core.now()),
      trainings: seedTrainings(db, seededRng(20261203), now),
      // After the carriers and devices, whose registers a leaving's 清退 steps are checked against; the trips of
      // those in a separation period follow their leaving.
      leaving: seedLeaving(db, seededRng(20261208), today(core.clock), core.now()),
      travel: seedTravel(db, seededRng(20261209), today(core.clock), core.now()),
      allowance: seedAllowance(db, scale, seededRng(20261210), today(core.clock), core.now(), account.id),
    };
    appendAudit(db, { accountId: account.id, actor: account.username }, core.now(), {
      action: 'demo_seed',
      entity: 'database',
      detail: { scale, seeded },
    });
    // The chain walked here, once, and its head kept as the unlock's checkpoint: the clerk's first unlock then
    // walks what came since, not the million entries just written (some 6 s at the large scale).
    const chain = verifySinceCheckpoint(db);
    if (chain.ok) recordUnlockCheck(db, chain, core.now(), () => undefined);
    const counts = registerCounts(db);
    const seconds = (Date.now() - started) / 1000;
    const checkpoint = chain.ok ? chain.head.seq : null;
    out.result({ db: core.dbPath, scale, seconds, seeded, counts, checkpoint }, () => [
      `演示数据已写入 ${core.dbPath}（${scale}，用时 ${seconds.toFixed(1)} 秒）：`,
      ...Object.entries(counts)
        .filter(([, n]) => n !== null)
        .map(([k, n]) => `  ${k} ${n}`),
    ]);
  } finally {
    core.detach();
  }
  return EXIT.ok;
}
