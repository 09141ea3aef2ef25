// The unit's review settings, in the shared `settings` table under their own key: the uses (网站, 向境外提供 …)
// whose release the unit puts before its 保密委员会 as well, after the leader's 签批 (law art. 35 leaves the
// procedure to the unit; the "→ 保密委员会 where the unit sets so").
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import type { ReviewSettings, ReviewSettingsInput } from '../../ipc/schemas/reviews';
import type { AppCore } from '../app-core';
import { settingRow, upsertSettings } from '../settings';

const KEY = 'reviews.settings';

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { committeeFor: [] };

export function reviewSettings(db: Pick<Db, 'select'>): ReviewSettings {
  const raw = settingRow(db, KEY);
  return raw
    ? { ...DEFAULT_REVIEW_SETTINGS, ...(JSON.parse(raw) as Partial<ReviewSettings>) }
    : DEFAULT_REVIEW_SETTINGS;
}

export function saveReviewSettings(
  core: AppCore,
  input: z.output<typeof ReviewSettingsInput>,
): ReviewSettings {
  core.write(
    'settings_reviews',
    'settings',
    (tx, ctx) => {
      upsertSettings(tx, { [KEY]: input }, ctx.now);
      // Which reviews wait on the committee follows this setting.
      ctx.touch('reviews');
    },
    () => ({ detail: input }),
  );
  return reviewSettings(core.session().db);
}
