// Device settings of the unit, kept in the shared `settings` table under their own keys.
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';
import type { DeviceSettings, DeviceSettingsInput } from '../../ipc/schemas/devices-settings';
import type { AppCore } from '../app-core';
import { settingRow } from '../settings';
import { checkWarningHasReason } from './media-rules';

const KEYS = {
  checkMonths: 'devices.checkMonths',
  usageRetentionYears: 'devices.usageRetentionYears',
  mediaCheck: 'devices.mediaCheck',
  mediaCheckReason: 'devices.mediaCheckReason',
} as const;

/** Monthly antivirus, quarterly secrecy and audit-log checks unless the unit sets otherwise. */
export function deviceSettings(db: Pick<Db, 'select'>): DeviceSettings {
  const read = <T>(key: string, fallback: T): T => {
    const raw = settingRow(db, key);
    return raw === undefined ? fallback : (JSON.parse(raw) as T);
  };
  return {
    checkMonths: read(KEYS.checkMonths, { secrecy: 3, antivirus: 1, audit_log: 3 }),
    usageRetentionYears: Math.max(5, read(KEYS.usageRetentionYears, 5)),
    mediaCheck: read<'refuse' | 'warn'>(KEYS.mediaCheck, 'refuse'),
    mediaCheckReason: read<string | null>(KEYS.mediaCheckReason, null),
  };
}

export function updateDeviceSettings(
  core: AppCore,
  patch: z.output<typeof DeviceSettingsInput>,
): DeviceSettings {
  core.write(
    'settings_devices',
    'settings',
    (tx, { now, touch }) => {
      touch('devices');
      const prior = deviceSettings(tx);
      checkWarningHasReason(
        patch.mediaCheck ?? prior.mediaCheck,
        patch.mediaCheckReason ?? prior.mediaCheckReason,
      );
      for (const [name, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        const key = KEYS[name as keyof typeof KEYS];
        const v = JSON.stringify(value);
        tx.insert(settings)
          .values({ key, value: v, updatedAt: now })
          .onConflictDoUpdate({ target: settings.key, set: { value: v, updatedAt: now } })
          .run();
      }
      return null;
    },
    () => ({ detail: patch }),
  );
  return deviceSettings(core.session().db);
}
