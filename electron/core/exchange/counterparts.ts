// Counterparts: the supervisor (上级) or the subordinate units, with the public keys this unit trusts. A key is
// trusted after the person confirms its fingerprint, or, later, when the key on file endorses its successor.
import { readInputFile } from '../util/input-file';
import { asc, eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { COUNTERPART_ROLE_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { counterparts } from '../../../db/schema';
import type { CounterpartImportInput, CounterpartView, PublicKeyPreview } from '../../ipc/schemas/exchange';
import type { AppCore } from '../app-core';
import { unitInfo } from '../session';
import { refuse } from '../util/refuse';
import {
  normaliseFingerprint,
  parsePublicKeyFile,
  verifyEndorsement,
  type PublicKeyEntry,
  type PublicKeyFile,
} from '../keys';

export type CounterpartRow = typeof counterparts.$inferSelect;

export function counterpartView(c: CounterpartRow): CounterpartView {
  return {
    unitCode: c.unitCode,
    name: c.name,
    role: c.role,
    signKeyId: c.signKeyId,
    encKeyId: c.encKeyId,
    fingerprint: c.fingerprint,
    reportIntervalDays: c.reportIntervalDays,
    importedAt: c.importedAt,
    updatedAt: c.updatedAt,
  };
}

export function getCounterpart(db: Pick<Db, 'select'>, unitCode: string): CounterpartRow | undefined {
  return db.select().from(counterparts).where(eq(counterparts.unitCode, unitCode)).get();
}

export function listCounterparts(db: Pick<Db, 'select'>): CounterpartView[] {
  return db
    .select()
    .from(counterparts)
    .orderBy(asc(counterparts.role), asc(counterparts.unitCode))
    .all()
    .map(counterpartView);
}

function readKeyFile(path: string): PublicKeyFile {
  let text: string;
  try {
    text = readInputFile(path, 'publicKey').toString('utf8');
  } catch (e) {
    if (e instanceof AppException && e.rule !== 'input_file_unreadable') throw e;
    throw new AppException('NOT_FOUND', `无法读取公钥文件：${path}`, {
      fields: [{ path: 'path', message: '无法读取' }],
    });
  }
  return parsePublicKeyFile(text);
}

/** What the person is asked to compare before confirming an import. */
export function previewPublicKey(path: string): PublicKeyPreview {
  const { body } = readKeyFile(path);
  return {
    unitCode: body.unitCode,
    unitName: body.unitName,
    fingerprint: body.fingerprint,
    signKeyId: body.sign.keyId,
    encKeyId: body.encrypt.keyId,
    exportedAt: body.exportedAt,
    rotations: body.chain.length - 1,
  };
}

/**
 * A successor of the key on file: the chain in the file leads from the known signing key to the file's one,
 * each step endorsed by the step before (keys.ts rotateKey).
 */
function endorsedByKnown(known: CounterpartRow, f: PublicKeyFile): boolean {
  let current = { keyId: known.signKeyId, publicKey: new Uint8Array(known.signPublicKey) };
  const byPrev = new Map<string, PublicKeyEntry>(
    f.body.chain.filter((k) => k.prevKeyId).map((k) => [k.prevKeyId as string, k]),
  );
  for (let steps = 0; steps <= f.body.chain.length; steps++) {
    if (current.keyId === f.body.sign.keyId) return true;
    const next = byPrev.get(current.keyId);
    if (!next) return false;
    const publicKey = Buffer.from(next.publicKey, 'base64');
    if (!verifyEndorsement({ ...next, publicKey }, current.publicKey)) return false;
    current = { keyId: next.keyId, publicKey };
  }
  return false;
}

export type ImportHow = 'fingerprint' | 'endorsed';

/**
 * Import (or update) a counterpart's public keys. A new unit needs its fingerprint typed or confirmed; a known
 * unit's new keys are accepted when its key on file endorses them (then no fingerprint is needed), or when the
 * fingerprint is confirmed again (e.g. after a reinstallation, decided out of band).
 */
export function importCounterpart(
  core: AppCore,
  input: CounterpartImportInput,
): CounterpartView & { how: ImportHow } {
  const f = readKeyFile(input.path);
  const b = f.body;
  const { db } = core.session();
  if (b.unitCode === unitInfo(db).unitCode) {
    throw new AppException('RULE', '这是本单位自己的公钥文件，不能作为对方单位导入。', {
      rule: 'counterpart_not_self',
    });
  }
  const known = getCounterpart(db, b.unitCode);
  const typed = input.fingerprint ? normaliseFingerprint(input.fingerprint) : null;
  const fpMatches = typed !== null && typed === normaliseFingerprint(b.fingerprint);
  if (typed !== null && !fpMatches) {
    throw new AppException(
      'RULE',
      `输入的指纹与文件中的公钥不符，未导入。请与${b.unitName}通过电话或纸质材料再次核对指纹。`,
      { rule: 'fingerprint_must_match', fields: [{ path: 'fingerprint', message: '指纹不符' }] },
    );
  }
  let how: ImportHow;
  if (fpMatches) how = 'fingerprint';
  else if (known && endorsedByKnown(known, f)) how = 'endorsed';
  else {
    throw new AppException(
      'RULE',
      known
        ? `${b.unitName}的新公钥未经其原有密钥签署认可，请核对并输入新公钥的指纹后再导入。`
        : `导入${b.unitName}的公钥前，请输入（或确认）对方书面提供的公钥指纹。`,
      { rule: 'fingerprint_must_match', fields: [{ path: 'fingerprint', message: '请输入指纹' }] },
    );
  }
  if (known && known.role === 'subordinate' && how === 'fingerprint' && known.signKeyId !== b.sign.keyId) {
    // A new key not endorsed by the old one means a new installation: its chain starts again, deliberately.
    refuse(
      'subordinate_key_change_needs_reset',
      `${b.unitName}（${b.unitCode}）已登记了另一把公钥（指纹 ${known.fingerprint}），新公钥未经原密钥签署认可，未导入。如该单位重新安装或从旧备份恢复，请与其核实后使用“重新建立报送关系”（命令行：baomi supervisor reset --unit ${b.unitCode} --key 公钥文件 --fingerprint 指纹）。`,
      'path',
    );
  }
  if (known && known.role !== input.role) {
    throw new AppException(
      'RULE',
      `${b.unitName}已登记为${COUNTERPART_ROLE_LABELS[known.role]}，不能改变其角色。`,
      {
        rule: 'counterpart_role_fixed',
      },
    );
  }
  const row = core.write(
    known ? 'counterpart_key_update' : 'counterpart_import',
    'counterpart',
    (tx, ctx) => {
      const values = {
        name: b.unitName,
        role: input.role,
        signKeyId: b.sign.keyId,
        signPublicKey: Buffer.from(b.sign.publicKey, 'base64'),
        encKeyId: b.encrypt.keyId,
        encPublicKey: Buffer.from(b.encrypt.publicKey, 'base64'),
        fingerprint: b.fingerprint,
        updatedAt: ctx.now,
      };
      return known
        ? tx.update(counterparts).set(values).where(eq(counterparts.unitCode, b.unitCode)).returning().get()
        : tx
            .insert(counterparts)
            .values({ ...values, unitCode: b.unitCode, importedAt: ctx.now, importedBy: ctx.accountId })
            .returning()
            .get();
    },
    (r) => ({
      entityId: r.unitCode,
      detail: {
        role: r.role,
        how,
        signKeyId: r.signKeyId,
        encKeyId: r.encKeyId,
        previous: known ? { signKeyId: known.signKeyId, encKeyId: known.encKeyId } : null,
      },
    }),
  );
  return { ...counterpartView(row), how };
}
