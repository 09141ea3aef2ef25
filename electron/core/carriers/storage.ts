// Where a carrier is kept (law art. 26, regulation art. 27(6), the unit's 保密室管理制度): 绝密 only in a place fit
// for it, and 不同密级不得混放 — one 存放位置 holds one level. The location is free text, so these are warnings
// the clerk may go past with a reason (a cabinet the words do not show, a night before it goes to the safe);
// the reason stays in the carrier's history. Checked when a carrier is registered and when its location changes.
import { and, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { CarrierLevel } from '../../../db/domain/vocab';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { carriers } from '../../../db/schema';
import { refuse } from '../util/refuse';
import { isCommercial, isNational } from './rules';
import { carrierSettings } from './settings';
import { offeredSafePlaces } from './safe-places';

/** What the history keeps when the clerk went on past a warning. */
export interface StorageNote {
  warnings: string[];
  reason: string;
}

/** What is to be kept where: the carrier's own row (id) when it is already registered. */
export interface StorageTarget {
  id?: number;
  level: CarrierLevel;
  location?: string | null | undefined;
}

interface Warning {
  rule: 'top_secret_stored_in_safe' | 'levels_stored_apart';
  message: string;
}

// How one cabinet is written twice ("机要室 3号保密柜", "机要室3号保密柜") must not make it two places.
const squash = (s: string) => s.replace(/\s+/g, '');

/** A level the 混放 rule speaks of: a national secret or a commercial secret, not 工作秘密 or 内部. */
const isSecretLevel = (level: CarrierLevel) => isNational(level) || isCommercial(level);

/**
 * The secret levels kept at each place (squashed), read once for a batch of registrations (an xlsx import of
 * thousands of rows would otherwise read the whole register once per row). The batch adds each carrier it
 * registers; a place of a carrier that is gone or declassified is not in it, as in the query below.
 */
export class PlaceLevels {
  private readonly at = new Map<string, Set<CarrierLevel>>();

  static read(db: Pick<Db, 'selectDistinct'>): PlaceLevels {
    const memo = new PlaceLevels();
    for (const o of db
      .selectDistinct({ level: carriers.level, location: carriers.location })
      .from(carriers)
      .where(
        and(
          isNotNull(carriers.location),
          eq(carriers.classState, 'classified'),
          sql`${carriers.liveCopies} > 0`,
        ),
      )
      .all()) {
      memo.add(o.location, o.level);
    }
    return memo;
  }

  add(location: string | null | undefined, level: CarrierLevel): void {
    const place = location ? squash(location) : '';
    if (!place || !isSecretLevel(level)) return;
    const set = this.at.get(place) ?? new Set<CarrierLevel>();
    set.add(level);
    this.at.set(place, set);
  }

  others(place: string, level: CarrierLevel): CarrierLevel[] {
    return [...(this.at.get(place) ?? [])].filter((l) => l !== level);
  }
}

function warnings(
  db: Pick<Db, 'select' | 'selectDistinct'>,
  target: StorageTarget,
  memo?: PlaceLevels,
): Warning[] {
  const out: Warning[] = [];
  const place = target.location ? squash(target.location) : '';
  if (target.level === 'top_secret') {
    const named = [...carrierSettings(db).safePlaces, ...offeredSafePlaces(db)];
    const safe = [...new Set(named.map(squash).filter(Boolean))];
    if (!place) {
      out.push({ rule: 'top_secret_stored_in_safe', message: '绝密级载体未填写存放位置' });
    } else if (!safe.some((s) => place.includes(s))) {
      out.push({
        rule: 'top_secret_stored_in_safe',
        message: `绝密级载体应存放在保密室、保密柜等符合国家保密标准的设施、设备中（保密法第二十六条），“${target.location}”不是本单位的保密存放场所（${safe.join('、')}）`,
      });
    }
  }
  if (place && isSecretLevel(target.level) && memo) {
    const levels = memo.others(place, target.level).map((l) => LEVEL_LABELS[l]);
    if (levels.length) {
      out.push({
        rule: 'levels_stored_apart',
        message: `“${target.location}”已存放${levels.join('、')}级载体，不同密级的载体不得混放`,
      });
    }
  } else if (place && isSecretLevel(target.level)) {
    // Only what is still there and still secret shares the place: gone or declassified carriers do not.
    const others = db
      .selectDistinct({ level: carriers.level, location: carriers.location })
      .from(carriers)
      .where(
        and(
          isNotNull(carriers.location),
          ne(carriers.level, target.level),
          eq(carriers.classState, 'classified'),
          sql`${carriers.liveCopies} > 0`,
          ...(target.id === undefined ? [] : [ne(carriers.id, target.id)]),
        ),
      )
      .all()
      .filter((o) => isSecretLevel(o.level) && squash(o.location ?? '') === place);
    const levels = [...new Set(others.map((o) => LEVEL_LABELS[o.level]))];
    if (levels.length) {
      out.push({
        rule: 'levels_stored_apart',
        message: `“${target.location}”已存放${levels.join('、')}级载体，不同密级的载体不得混放`,
      });
    }
  }
  return out;
}

/**
 * The warnings for keeping this carrier at this location: refused (every warning at once, on the reason's
 * field) until the clerk gives a reason; then what the history records, or null when nothing was amiss.
 */
export function checkStorage(
  db: Pick<Db, 'select' | 'selectDistinct'>,
  target: StorageTarget,
  reason: string | undefined,
  memo?: PlaceLevels,
): StorageNote | null {
  const found = warnings(db, target, memo);
  const first = found[0];
  if (!first) return null;
  if (!reason) {
    refuse(
      first.rule,
      `${found.map((w) => w.message).join('；')}。请更换存放位置，或填写存放说明后继续。`,
      'storageReason',
    );
  }
  return { warnings: found.map((w) => w.message), reason };
}
