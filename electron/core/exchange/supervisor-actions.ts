// What the bureau changes about a unit (issue 25, points 2 and 4): its reporting interval and the defaults, and
// 重新建立报送关系 — the unit's new key after the fingerprint is checked out of band, its old key, packages and
// records kept as the replaced chain's history (never deleted), and the new chain opened by a full package.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { counterparts, supervisionSettings, supervisionUnits } from '../../../db/schema';
import type { ComparisonRow, SupervisionDefaults } from '../../ipc/schemas/supervisor';
import type { AppCore } from '../app-core';
import { normaliseFingerprint, parsePublicKeyFile } from '../keys';
import { refuse } from '../util/refuse';
import { ensureUnitRow, unitChain } from './supervisor-chain';
import { refreshUnitFigures } from './supervisor-figures';
import { refreshUnitSearch } from './supervisor-search';
import { comparisonRows, defaultsOf, requireSubordinate } from './supervisor-table';

function subordinate(core: AppCore, unitCode: string) {
  const found = requireSubordinate(core.session().db, unitCode);
  if (!found) throw new AppException('NOT_FOUND', `未登记下级单位 ${unitCode}。`);
  return found;
}

function rowOf(core: AppCore, unitCode: string): ComparisonRow {
  return comparisonRows(core).find((r) => r.unitCode === unitCode) as ComparisonRow;
}

/** A unit's own reporting interval, or (null) the default again. */
export function setUnitInterval(
  core: AppCore,
  input: { unitCode: string; days: number | null },
): ComparisonRow {
  subordinate(core, input.unitCode);
  const { db } = core.session();
  core.write(
    'supervisor_interval',
    'counterpart',
    (tx) => {
      ensureUnitRow(db.$client, input.unitCode);
      tx.update(supervisionUnits)
        .set({ reportIntervalDays: input.days })
        .where(eq(supervisionUnits.unitCode, input.unitCode))
        .run();
    },
    () => ({ entityId: input.unitCode, detail: { days: input.days } }),
  );
  return rowOf(core, input.unitCode);
}

export function setDefaults(core: AppCore, input: Partial<SupervisionDefaults>): SupervisionDefaults {
  const { db } = core.session();
  const next = { ...defaultsOf(db), ...input };
  core.write(
    'supervisor_defaults',
    'settings',
    (tx, ctx) =>
      tx
        .insert(supervisionSettings)
        .values({ id: 1, ...next, updatedAt: ctx.now })
        .onConflictDoUpdate({ target: supervisionSettings.id, set: { ...next, updatedAt: ctx.now } })
        .run(),
    () => ({ entityId: 1, detail: next }),
  );
  return next;
}

function readKey(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AppException('NOT_FOUND', `无法读取公钥文件：${path}`, {
      fields: [{ path: 'path', message: '无法读取' }],
    });
  }
  return parsePublicKeyFile(text).body;
}

/**
 * 重新建立报送关系: the unit was re-initialised (a new key) or restored from an old backup (its sequence behind).
 * The key in the file replaces the one on file once its fingerprint, read out of band, matches; everything of
 * the old chain moves to its history, and the next full package from the unit opens the new chain.
 */
export function resetChain(
  core: AppCore,
  input: { unitCode: string; path: string; fingerprint: string; reason: string },
): ComparisonRow {
  const known = subordinate(core, input.unitCode);
  const b = readKey(input.path);
  if (b.unitCode !== input.unitCode) {
    refuse(
      'reset_key_of_unit',
      `公钥文件属于 ${b.unitCode}（${b.unitName}），不是 ${input.unitCode}。`,
      'path',
    );
  }
  if (normaliseFingerprint(input.fingerprint) !== normaliseFingerprint(b.fingerprint)) {
    refuse(
      'fingerprint_must_match',
      `输入的指纹与文件中的公钥不符，未重新建立报送关系。请与${b.unitName}通过电话或纸质材料再次核对指纹。`,
      'fingerprint',
    );
  }
  const { db } = core.session();
  const client = db.$client;
  const chain = unitChain(db, input.unitCode)?.chain ?? 1;
  core.write(
    'supervisor_reset',
    'counterpart',
    (tx, ctx) => {
      ensureUnitRow(client, input.unitCode);
      client
        .prepare(
          `INSERT INTO supervision_replaced_keys (unit_code, chain, sign_key_id, sign_public_key, enc_key_id,
           enc_public_key, fingerprint, replaced_at, replaced_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          known.unitCode,
          chain,
          known.signKeyId,
          known.signPublicKey,
          known.encKeyId,
          known.encPublicKey,
          known.fingerprint,
          ctx.now,
          ctx.accountId,
          input.reason,
        );
      // The old chain's packages and records become its history; the current tables hold the new chain only.
      client
        .prepare(
          `INSERT INTO supervision_replaced_packages (unit_code, chain, seq, package_hash, profile, created_at,
           imported_at, counts, audit_head, bytes)
           SELECT i.unit_code, ?, i.seq, i.package_hash, i.profile, i.created_at, i.imported_at, i.counts,
             i.audit_head, (SELECT r.bytes FROM supervision_received r WHERE r.unit_code = i.unit_code
               AND r.package_hash = i.package_hash AND r.refusal IS NULL)
           FROM exchange_incoming i WHERE i.unit_code = ?`,
        )
        .run(chain, known.unitCode);
      client
        .prepare(
          `INSERT INTO supervision_replaced_records (unit_code, chain, register, record_id, data, seq)
           SELECT unit_code, ?, register, record_id, data, seq FROM imported_records WHERE unit_code = ?`,
        )
        .run(chain, known.unitCode);
      client
        .prepare(
          `INSERT INTO supervision_replaced_layouts (unit_code, chain, register, columns)
           SELECT unit_code, ?, register, columns FROM imported_layouts WHERE unit_code = ?`,
        )
        .run(chain, known.unitCode);
      for (const t of ['imported_records', 'imported_layouts', 'exchange_incoming', 'exchange_channels']) {
        client.prepare(`DELETE FROM ${t} WHERE unit_code = ?`).run(known.unitCode);
      }
      tx.update(counterparts)
        .set({
          name: b.unitName,
          signKeyId: b.sign.keyId,
          signPublicKey: Buffer.from(b.sign.publicKey, 'base64'),
          encKeyId: b.encrypt.keyId,
          encPublicKey: Buffer.from(b.encrypt.publicKey, 'base64'),
          fingerprint: b.fingerprint,
          updatedAt: ctx.now,
        })
        .where(eq(counterparts.unitCode, known.unitCode))
        .run();
      tx.update(supervisionUnits)
        .set({ chain: chain + 1, awaitingFull: true, restartedAt: ctx.now })
        .where(eq(supervisionUnits.unitCode, known.unitCode))
        .run();
      refreshUnitFigures(client, known.unitCode);
      refreshUnitSearch(client, known.unitCode, null);
    },
    () => ({
      entityId: known.unitCode,
      detail: {
        reason: input.reason,
        replacedChain: chain,
        previous: { signKeyId: known.signKeyId, fingerprint: known.fingerprint },
        signKeyId: b.sign.keyId,
        fingerprint: b.fingerprint,
      },
    }),
  );
  return rowOf(core, input.unitCode);
}
