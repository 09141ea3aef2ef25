// Personnel settings of the unit, in the shared `settings` table under their own keys. Published ranges
// differ (脱密期 3–5 / 2–3 / 1–2 years, 复审 frequency unverified), so every length is the unit's choice.
import type { z } from 'zod';
import { CLEARANCE_LABELS } from '../../../db/domain/labels';
import { CLEARANCES, SEPARATION_YEARS_MAX } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import type { ByClearance, PersonnelSettings, PersonnelSettingsInput } from '../../ipc/schemas/persons';
import type { AppCore } from '../app-core';
import { settingRow, upsertSettings } from '../settings';
import { refuse } from '../util/refuse';

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

/**
 * The 脱密期 lengths the leaving approval will apply to everyone of a clearance: whole years (the period is
 * counted in years, README "Dates"), from one year up to SEPARATION_YEARS_MAX, and never shorter for a
 * higher clearance (核心 ≥ 重要 ≥ 一般). Refused here, on the field, rather than at the next leaving.
 */
export function checkSeparationYears(years: ByClearance<number>): void {
  for (const c of CLEARANCES) {
    const v = years[c];
    const max = SEPARATION_YEARS_MAX[c];
    if (!Number.isInteger(v) || v < 1 || v > max) {
      refuse(
        'separation_years_in_bounds',
        `${CLEARANCE_LABELS[c]}涉密人员的脱密期应为 1 至 ${max} 的整年数（现为 ${v}）；个别人员需要更长的，经批准延长其本人的脱密期。`,
        `separationYears.${c}`,
      );
    }
  }
  const pairs = [
    ['core', 'important'],
    ['important', 'general'],
  ] as const;
  for (const [higher, lower] of pairs) {
    if (years[lower] > years[higher]) {
      refuse(
        'separation_years_ordered',
        `${CLEARANCE_LABELS[lower]}涉密人员的脱密期（${years[lower]} 年）不能长于${CLEARANCE_LABELS[higher]}涉密人员（${years[higher]} 年）。`,
        `separationYears.${lower}`,
      );
    }
  }
}

export function updatePersonnelSettings(
  core: AppCore,
  patch: z.output<typeof PersonnelSettingsInput>,
): PersonnelSettings {
  const entries = Object.fromEntries(
    Object.entries(patch).map(([name, value]) => [KEYS[name as keyof typeof KEYS], value]),
  );
  if (patch.separationYears) checkSeparationYears(patch.separationYears);
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
