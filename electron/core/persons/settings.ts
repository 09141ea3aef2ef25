// Personnel settings of the unit, in the shared `settings` table under their own keys. Published ranges
// differ (脱密期 3–5 / 2–3 / 1–2 years, 复审 frequency unverified), so every length is the unit's choice.
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import type { PersonnelSettings, PersonnelSettingsInput } from '../../ipc/schemas/persons';
import type { AppCore } from '../app-core';
import { settingRow, upsertSettings } from '../settings';

const KEYS = {
  separationYears: 'personnel.separationYears',
  revettingMonths: 'personnel.revettingMonths',
  allowanceRates: 'personnel.allowanceRates',
  warningDays: 'personnel.warningDays',
  passportGraceDays: 'personnel.passportGraceDays',
} as const;

/**
 * Defaults: 脱密期 3/2/1 years (DOMAIN.md); 复审 yearly / every 3 years / every 5 years (the only figure found,
 * REFERENCE.md, low-quality source); allowance in 元/月 with 一般 at 300 as DOMAIN.md's example.
 */
export const DEFAULT_PERSONNEL_SETTINGS: PersonnelSettings = {
  separationYears: { core: 3, important: 2, general: 1 },
  revettingMonths: { core: 12, important: 36, general: 60 },
  allowanceRates: { core: 600, important: 450, general: 300 },
  warningDays: 30,
  passportGraceDays: 7,
};

export function personnelSettings(db: Pick<Db, 'select'>): PersonnelSettings {
  const out: Record<string, unknown> = { ...DEFAULT_PERSONNEL_SETTINGS };
  for (const [name, key] of Object.entries(KEYS)) {
    const raw = settingRow(db, key);
    if (raw !== undefined) out[name] = JSON.parse(raw) as unknown;
  }
  return out as unknown as PersonnelSettings;
}

export function updatePersonnelSettings(
  core: AppCore,
  patch: z.output<typeof PersonnelSettingsInput>,
): PersonnelSettings {
  const entries = Object.fromEntries(
    Object.entries(patch).map(([name, value]) => [KEYS[name as keyof typeof KEYS], value]),
  );
  core.write(
    'settings_personnel',
    'settings',
    (tx, ctx) => {
      upsertSettings(tx, entries, ctx.now);
      // The warning days change which persons the register flags as due.
      ctx.touch('persons');
    },
    () => ({ detail: patch }),
  );
  return personnelSettings(core.session().db);
}
