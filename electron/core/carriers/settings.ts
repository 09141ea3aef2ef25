// Carrier settings of the unit, kept in the shared `settings` table under their own keys.
import type { z } from 'zod';
import { CLEARANCE_FOR_LEVEL } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';
import type { CarrierSettings, CarrierSettingsInput } from '../../ipc/schemas/carriers-settings';
import type { AppCore } from '../app-core';
import { unitInfo } from '../session';
import { settingRow } from '../settings';

const KEYS = {
  inventoryFrequency: 'carriers.inventoryFrequency',
  termWarningDays: 'carriers.termWarningDays',
  commercialLevels: 'carriers.commercialLevels',
  lendClearance: 'carriers.lendClearance',
  safePlaces: 'carriers.safePlaces',
} as const;

/**
 * Words that name a place fit for 绝密 in the locations clerks write. A unit that knows its own cabinets may
 * list them instead (机要室3号保密柜), so a word a careless location happens to contain no longer counts.
 */
export const DEFAULT_SAFE_PLACES = ['保密室', '保密柜', '保险柜', '密码柜'];

/** Monthly inventory is most units' practice (REFERENCE.md §2.3); the law asks for at least yearly. */
export function carrierSettings(db: Pick<Db, 'select'>): CarrierSettings {
  const read = <T>(key: string, fallback: T): T => {
    const raw = settingRow(db, key);
    return raw === undefined ? fallback : (JSON.parse(raw) as T);
  };
  return {
    inventoryFrequency: read(KEYS.inventoryFrequency, 'monthly'),
    termWarningDays: read(KEYS.termWarningDays, 90),
    // Enterprises have 商业秘密 (中央企业商业秘密保护暂行规定); others may switch them on.
    commercialLevels: read(KEYS.commercialLevels, unitInfo(db).kind === 'enterprise'),
    lendClearance: read(KEYS.lendClearance, { ...CLEARANCE_FOR_LEVEL }),
    safePlaces: read(KEYS.safePlaces, [...DEFAULT_SAFE_PLACES]),
  };
}

export function updateCarrierSettings(
  core: AppCore,
  patch: z.output<typeof CarrierSettingsInput>,
): CarrierSettings {
  core.write(
    'settings_carriers',
    'settings',
    (tx, { now, touch }) => {
      // The term warning and the 商业秘密 levels change what the carrier registers show.
      touch('carriers');
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
  return carrierSettings(core.session().db);
}
