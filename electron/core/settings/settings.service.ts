import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { HostLevel } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';
import type { SecuritySettingsInput, SystemSettingsInput, UnitSettings } from '../../ipc/schemas/settings';
import { POLICY_FLOOR, type PasswordPolicy } from '../accounts';
import type { AppCore } from '../app-core';
import { unitInfo } from '../session';
import { DEFAULT_MAX_FAILURES, readKeyring, writeKeyring } from '../vault/keyring';
import { statement } from '../util/statements';

/** DOMAIN.md: authenticate again after 10 idle minutes. A floor the unit may tighten. */
export const DEFAULT_IDLE_LIMIT_MS = 10 * 60_000;

export function defaultSettings(hostLevel: HostLevel): UnitSettings {
  return {
    passwordMinLength: POLICY_FLOOR[hostLevel].minLength,
    passwordMaxAgeDays: POLICY_FLOOR[hostLevel].maxAgeDays,
    passwordHistory: 5,
    maxFailedLogins: DEFAULT_MAX_FAILURES,
    idleLockMinutes: DEFAULT_IDLE_LIMIT_MS / 60_000,
    backupReminderDays: 7,
    auditRetentionYears: null,
  };
}

type Reader = Pick<Db, 'select'>;

export function getSettings(db: Reader, hostLevel: HostLevel): UnitSettings {
  const out: Record<string, unknown> = { ...defaultSettings(hostLevel) };
  for (const row of db.select().from(settings).all()) {
    if (row.key in out) out[row.key] = JSON.parse(row.value) as unknown;
  }
  return out as unknown as UnitSettings;
}

export function passwordPolicy(db: Reader, hostLevel: HostLevel): PasswordPolicy & { history: number } {
  const s = getSettings(db, hostLevel);
  return { minLength: s.passwordMinLength, maxAgeDays: s.passwordMaxAgeDays, history: s.passwordHistory };
}

/** The regulations are floors: a unit may make the policy stricter, never looser than the host level allows. */
function checkTightenOnly(patch: z.output<typeof SecuritySettingsInput>, hostLevel: HostLevel): void {
  const floor = POLICY_FLOOR[hostLevel];
  const problems: { path: string; message: string }[] = [];
  if (patch.passwordMinLength !== undefined && patch.passwordMinLength < floor.minLength) {
    problems.push({
      path: 'passwordMinLength',
      message: `本机密级要求密码至少 ${floor.minLength} 位，只能更严格`,
    });
  }
  if (patch.passwordMaxAgeDays !== undefined && patch.passwordMaxAgeDays > floor.maxAgeDays) {
    problems.push({
      path: 'passwordMaxAgeDays',
      message: `本机密级要求至少每 ${floor.maxAgeDays} 天更换密码，只能更严格`,
    });
  }
  if (problems.length) {
    throw new AppException(
      'RULE',
      `保密规定是下限，单位只能收紧不能放宽：${problems.map((p) => p.message).join('；')}。`,
      {
        rule: 'policy_only_tighten',
        fields: problems,
      },
    );
  }
}

/** Write settings rows (key → JSON value; undefined skipped) inside the caller's transaction. */
export function upsertSettings(tx: Pick<Db, 'insert'>, entries: Record<string, unknown>, now: string): void {
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) continue;
    const v = JSON.stringify(value);
    tx.insert(settings)
      .values({ key, value: v, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: v, updatedAt: now } })
      .run();
  }
}

function save(core: AppCore, patch: Record<string, unknown>, action: string): UnitSettings {
  core.write(
    action,
    'settings',
    (tx, ctx) => {
      upsertSettings(tx, patch, ctx.now);
      // The reminders read their periods (backup, password age) from the settings.
      ctx.touch('reminders');
    },
    () => ({ detail: patch }),
  );
  const { db } = core.session();
  return getSettings(db, unitInfo(db).hostLevel);
}

export function updateSecuritySettings(
  core: AppCore,
  patch: z.output<typeof SecuritySettingsInput>,
): UnitSettings {
  const { db } = core.session();
  const hostLevel = unitInfo(db).hostLevel;
  checkTightenOnly(patch, hostLevel);
  const result = save(core, patch, 'settings_security');
  // Lockout applies before the database is open, so its threshold is mirrored into the keyring.
  if (patch.maxFailedLogins !== undefined) {
    writeKeyring(core.keyringPath, { ...readKeyring(core.keyringPath), maxFailures: patch.maxFailedLogins });
  }
  return result;
}

export function updateSystemSettings(
  core: AppCore,
  patch: z.output<typeof SystemSettingsInput>,
): UnitSettings {
  return save(core, patch, 'settings_system');
}

export function currentSettings(core: AppCore): UnitSettings {
  const { db } = core.session();
  return getSettings(db, unitInfo(db).hostLevel);
}

/** Used by the idle lock: the unit's limit, or the regulation's 10 minutes while nothing is open. */
export function idleLimitMs(core: AppCore): number {
  if (!core.isUnlocked()) return DEFAULT_IDLE_LIMIT_MS;
  return currentSettings(core).idleLockMinutes * 60_000;
}

/**
 * The stored text of setting `key`. Registers read their settings on every page (a person's vetting interval, a
 * carrier's warning days): prepared once per connection, a read costs a tenth of building the query each time.
 */
export function settingRow(db: Reader, key: string): string | undefined {
  const q = statement(db, 'settings:row', () =>
    db
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, sql.placeholder('key')))
      .prepare(),
  );
  return q.get({ key })?.value;
}
