// A unit's reporting chain at the supervisor (issue 25, point 2): what every import records beside the
// registers (the package received, the data date, the unit's figures), how a chain that cannot go on is told
// apart from a replay, and how 重新建立报送关系 starts the next chain without deleting the old one.
import { statSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { exchangeIncoming, supervisionUnits } from '../../../db/schema';
import type { Tx } from '../app-core';
import type { Manifest } from './manifest';
import { refusal, type Refusal } from './refusals';
import { refreshUnitFigures } from './supervisor-figures';
import { refreshUnitSearch, type WrittenSearchRow } from './supervisor-search';

type Client = Db['$client'];

export function unitChain(db: Pick<Db, 'select'>, unitCode: string) {
  return db.select().from(supervisionUnits).where(eq(supervisionUnits.unitCode, unitCode)).get();
}

export function ensureUnitRow(client: Client, unitCode: string): void {
  client.prepare('INSERT OR IGNORE INTO supervision_units (unit_code) VALUES (?)').run(unitCode);
}

export const CHAIN_MESSAGES = {
  BEHIND: (seq: number, last: number, unit: string) =>
    `该数据包（第 ${seq} 号）与本机已收到的同号数据包不同：报送单位的报送序号落后于本机已收到的第 ${last} 号，该单位可能是从旧备份恢复或重新安装的。请与报送单位核实后，在本机“重新建立报送关系”（命令行：baomi supervisor reset --unit ${unit} --key 公钥文件 --fingerprint 指纹），再由报送单位做一次全量报送。`,
  OLD_CHAIN: (seq: number) =>
    `该数据包（第 ${seq} 号）属于已被替换的报送序列，已经导入过，不能作为新序列的开始。请报送单位重新做一次全量报送。`,
  NEEDS_FULL: (unit: string) =>
    `已与 ${unit} 重新建立报送关系，新的报送序列须从一次全量报送开始。请报送单位做一次全量报送。`,
} as const;

/**
 * Before the sequence checks: `restart` when the unit's chain was restarted and this full package opens the new
 * one (any sequence number, any previous hash: a restored unit goes on from where its backup stood); a refusal
 * when it is not a full package, or when it reuses a number already received with other content (the unit is
 * behind, not replaying); null when the ordinary checks apply.
 */
export function chainCheck(
  db: Db,
  unitCode: string,
  m: Manifest,
  hash: string,
  lastSeq: number,
): Refusal | 'restart' | null {
  const chain = unitChain(db, unitCode);
  if (chain?.awaitingFull) {
    // A package of a replaced chain is not the new chain's start, even when the key stayed the same.
    const old = db.$client
      .prepare('SELECT seq FROM supervision_replaced_packages WHERE unit_code = ? AND package_hash = ?')
      .pluck()
      .get(unitCode, hash) as number | undefined;
    if (old !== undefined) return refusal('REPLAY', CHAIN_MESSAGES.OLD_CHAIN(m.seq));
    return m.profile === 'full' ? 'restart' : refusal('GAP', CHAIN_MESSAGES.NEEDS_FULL(unitCode));
  }
  if (m.seq > lastSeq) return null;
  const same = db
    .select({ hash: exchangeIncoming.packageHash })
    .from(exchangeIncoming)
    .where(and(eq(exchangeIncoming.unitCode, unitCode), eq(exchangeIncoming.seq, m.seq)))
    .get();
  return same?.hash === hash ? null : refusal('REPLAY', CHAIN_MESSAGES.BEHIND(m.seq, lastSeq, unitCode));
}

/** In the import's transaction: the package received, the unit's data date and its figures. */
export function afterImport(
  tx: Tx,
  db: Db,
  a: {
    unitCode: string;
    manifest: Manifest;
    packageHash: string;
    path: string;
    now: string;
    /** The figures' difference of a package that rewrites a few records; without it they are recounted. */
    figures?: (() => void) | undefined;
    /** The records a package that does not replace the registers wrote or dropped, for the search rows. */
    rewritten?: { register: string; ids: string[] }[] | undefined;
    /** The search rows of the records the package wrote, made from their values (supervisor-search.ts). */
    search?: WrittenSearchRow[] | undefined;
  },
): void {
  const client = db.$client;
  const m = a.manifest;
  ensureUnitRow(client, a.unitCode);
  const chain = unitChain(tx, a.unitCode)?.chain ?? 1;
  let bytes = 0;
  try {
    bytes = statSync(a.path).size;
  } catch {
    // The medium went away after the package was read: its size is unknown, the import stands.
  }
  client
    .prepare(
      `INSERT INTO supervision_received (unit_code, chain, seq, profile, created_at, package_hash, file_name, bytes,
       received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(a.unitCode, chain, m.seq, m.profile, m.createdAt, a.packageHash, fileName(a.path), bytes, a.now);
  if (m.profile === 'annual') {
    client
      .prepare(
        `UPDATE supervision_units SET awaiting_full = 0, last_annual_year = max(coalesce(last_annual_year, 0), ?),
         last_annual_at = ? WHERE unit_code = ?`,
      )
      .run(Number(m.period.from?.slice(0, 4) ?? 0), m.createdAt, a.unitCode);
  } else {
    client
      .prepare(
        'UPDATE supervision_units SET awaiting_full = 0, last_data_at = ?, last_data_profile = ? WHERE unit_code = ?',
      )
      .run(m.createdAt, m.profile, a.unitCode);
  }
  if (a.figures) a.figures();
  else refreshUnitFigures(client, a.unitCode);
  refreshUnitSearch(client, a.unitCode, m.seq, a.rewritten, a.search);
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
