// The unit's training settings, in the shared `settings` table under their own keys: the yearly floor of sessions
// and hours by clearance (the seeds: 每年不少于两次), the day of the year by which it must be met, the cap of a
// 竞业限制 and how far ahead reminders look.
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import type { TrainingSettings, TrainingSettingsInput } from '../../ipc/schemas/trainings';
import type { AppCore } from '../app-core';
import { settingRow, upsertSettings } from '../settings';

const KEY = 'trainings.settings';

export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  sessionsPerYear: { core: 2, important: 2, general: 2 },
  hoursPerYear: { core: 0, important: 0, general: 0 },
  floorBy: '12-31',
  nonCompeteCapYears: 3,
  warningDays: 30,
};

export function trainingSettings(db: Pick<Db, 'select'>): TrainingSettings {
  const raw = settingRow(db, KEY);
  return raw
    ? { ...DEFAULT_TRAINING_SETTINGS, ...(JSON.parse(raw) as Partial<TrainingSettings>) }
    : DEFAULT_TRAINING_SETTINGS;
}

export function saveTrainingSettings(
  core: AppCore,
  input: z.output<typeof TrainingSettingsInput>,
): TrainingSettings {
  core.write(
    'settings_trainings',
    'settings',
    (tx, ctx) => {
      upsertSettings(tx, { [KEY]: input }, ctx.now);
      // The floor decides who the matrix and the reminders flag.
      ctx.touch('trainings');
    },
    () => ({ detail: input }),
  );
  return trainingSettings(core.session().db);
}
