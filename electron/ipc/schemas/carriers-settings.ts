// The unit's carrier settings: how often to count, how early to warn, commercial levels, who may borrow, and
// which places are fit for 绝密.
import { z } from 'zod';
import {
  CLEARANCE_FOR_LEVEL,
  CLEARANCE_RANK,
  CLEARANCES,
  INVENTORY_FREQUENCIES,
  NATIONAL_LEVELS,
  type Clearance,
  type InventoryFrequency,
  type NationalLevel,
} from '../../../db/domain/vocab';
import { CLEARANCE_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { requiredText } from './common';

const clearance = z.enum(CLEARANCES, { error: '请选择涉密等级' });

/**
 * The 涉密等级 a borrower needs, by level. A post's level gives its holder's clearance (绝密 ↔ 核心, 机密 ↔ 重要,
 * 秘密 ↔ 一般), so that is the floor: a unit may ask more (机密 only to 核心), never less.
 */
const LendClearanceInput = z
  .object({ top_secret: clearance, secret: clearance, confidential: clearance })
  .superRefine((v, ctx) => {
    for (const level of NATIONAL_LEVELS) {
      const floor = CLEARANCE_FOR_LEVEL[level];
      if (CLEARANCE_RANK[v[level]] < CLEARANCE_RANK[floor]) {
        ctx.addIssue({
          code: 'custom',
          path: [level],
          message: `借阅${LEVEL_LABELS[level]}级载体至少须为${CLEARANCE_LABELS[floor]}涉密人员，不能放宽`,
        });
      }
    }
  });

/** Carrier settings of the unit (how often to count, how early to warn, commercial levels, lending, storage). */
export const CarrierSettingsInput = z
  .object({
    inventoryFrequency: z.enum(INVENTORY_FREQUENCIES, { error: '请选择清点频率' }),
    termWarningDays: z.number().int().min(0).max(3650),
    /** 核心商密 / 普通商密 may be registered (enterprises have them by default). */
    commercialLevels: z.boolean(),
    lendClearance: LendClearanceInput,
    /**
     * What marks a 存放位置 as a place fit for 绝密 (law art. 26): words or the unit's own place names, found
     * anywhere in the location the clerk writes (e.g. 保密柜 in 机要室3号保密柜).
     */
    safePlaces: z
      .array(requiredText('保密存放场所', 40))
      .min(1, '请至少登记一个保密存放场所')
      .max(50, '保密存放场所最多 50 个'),
  })
  .partial();

export interface CarrierSettings {
  inventoryFrequency: InventoryFrequency;
  termWarningDays: number;
  commercialLevels: boolean;
  lendClearance: Record<NationalLevel, Clearance>;
  safePlaces: string[];
}
