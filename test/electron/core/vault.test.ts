import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF, deriveKey, slotFloorKiB } from '../../../electron/core/vault/kdf';
import { AppCore } from '../../../electron/core/app-core';
import { readKeyring, writeKeyring } from '../../../electron/core/vault/keyring';
import {
  newDataKey,
  newKeyring,
  newRecoveryCode,
  setPasswordSlot,
  setRecoverySlot,
  unlockWithPassword,
  unlockWithRecoveryCode,
} from '../../../electron/core/vault/vault';
import {
  CLERK,
  newCore,
  newDispatcher,
  setUpCore,
  TEST_FLOOR_KIB,
  TEST_KDF,
  tempDir,
} from '../../helpers/temp';
import { dirname, join } from 'node:path';

const NOW = '2026-11-22T00:00:00.000Z';

describe('vault', () => {
  it('the production KDF is Argon2id with at least 64 MiB and takes 0.3–1 s here', async () => {
    expect(DEFAULT_KDF.alg).toBe('argon2id');
    expect(DEFAULT_KDF.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    // CPU time, not wall time: the cost of one guess is what matters, and it does not change when other
    // tests share the machine's two cores (wall time here then doubles and made this test flaky).
    const t = process.cpuUsage();
    await deriveKey('Baomi#2026ok', new Uint8Array(16), DEFAULT_KDF);
    const used = process.cpuUsage(t);
    const ms = (used.user + used.system) / 1000;
    expect(ms).toBeGreaterThan(250); // slower machines only make it safer; the upper bound keeps login usable
    expect(ms).toBeLessThan(2000);
  });

  it('the data key is never written in clear; a slot opens only with its password', async () => {
    const dir = tempDir();
    const dataKey = newDataKey();
    let k = newKeyring(NOW);
    k = await setPasswordSlot(k, dataKey, { id: 1, username: 'wangli' }, 'Baomi#2026ok', NOW, TEST_KDF);
    const path = join(dir, 'baomi.keyring');
    writeKeyring(path, k);
    const text = readFileSync(path, 'utf8');
    for (const enc of ['hex', 'base64', 'base64url'] as const) {
      expect(text.includes(Buffer.from(dataKey).toString(enc))).toBe(false);
    }
    const back = readKeyring(path);
    const opened = await unlockWithPassword(back, 'wangli', 'Baomi#2026ok', TEST_FLOOR_KIB);
    expect(Buffer.from(opened.dataKey).equals(Buffer.from(dataKey))).toBe(true);
    await expect(unlockWithPassword(back, 'wangli', 'baomi#2026ok', TEST_FLOOR_KIB)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '用户名或密码不正确。',
    });
    await expect(unlockWithPassword(back, 'nobody', 'Baomi#2026ok')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '用户名或密码不正确。',
    });
  });

  it('a slot moved to another keyring or weakened in the file does not open', async () => {
    const dataKey = newDataKey();
    const a = await setPasswordSlot(
      newKeyring(NOW),
      dataKey,
      { id: 1, username: 'wangli' },
      'Baomi#2026ok',
      NOW,
      TEST_KDF,
    );
    const b = { ...newKeyring(NOW), slots: a.slots };
    await expect(unlockWithPassword(b, 'wangli', 'Baomi#2026ok', TEST_FLOOR_KIB)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const weakened = { ...a, slots: a.slots.map((s) => ({ ...s, kdf: { ...s.kdf, memoryKiB: 512 } })) };
    // Below the floor of any core: refused by the default floor and by the tests' own alike.
    for (const floor of [undefined, TEST_FLOOR_KIB])
      await expect(unlockWithPassword(weakened, 'wangli', 'Baomi#2026ok', floor)).rejects.toMatchObject({
        code: 'DB_KEY',
      });
  });

  it('a core at the production cost refuses a slot as cheap as the tests make: only a cheaper core lowers its floor', async () => {
    const { core, api } = await setUpCore();
    await api.dispatch('session:lock', {});
    core.detach();
    const login = { username: CLERK.username, password: CLERK.password };
    const app = new AppCore({ dbPath: core.dbPath });
    expect(slotFloorKiB(app.kdf)).toBe(64 * 1024);
    expect(await newDispatcher(app).dispatch('session:unlock', login)).toMatchObject({
      ok: false,
      error: { code: 'DB_KEY', message: expect.stringContaining('安全下限') },
    });
    app.detach();
    expect(
      await newDispatcher(newCore(dirname(core.dbPath))).dispatch('session:unlock', login),
    ).toMatchObject({
      ok: true,
    });
  });

  it('the recovery code opens the data key, typed loosely (case, dashes, O/0, I/1)', async () => {
    const dataKey = newDataKey();
    const code = newRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const k = await setRecoverySlot(newKeyring(NOW), dataKey, code, NOW, TEST_KDF);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(
      Buffer.from(await unlockWithRecoveryCode(k, typed, TEST_FLOOR_KIB)).equals(Buffer.from(dataKey)),
    ).toBe(true);
    await expect(unlockWithRecoveryCode(k, newRecoveryCode(), TEST_FLOOR_KIB)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('a keyring from a newer program is refused', () => {
    const path = join(tempDir(), 'baomi.keyring');
    writeKeyring(path, { ...newKeyring(NOW), version: 2 as 1 });
    expect(() => readKeyring(path)).toThrow(
      expect.objectContaining({ code: 'DB_KEY', message: expect.stringContaining('更新版本') }),
    );
  });
});
