import type { CarrierLevel } from '../../electron/ipc/contract';
import { LEVEL_LABELS } from '../../db/domain/labels';
import { Chip, type ChipColor } from './Chip';

/** The same colour for a level everywhere: 绝密 red, 机密 orange, 秘密 blue; commercial green; the rest grey. */
export const LEVEL_COLORS: Record<CarrierLevel, ChipColor> = {
  top_secret: 'red',
  secret: 'orange',
  confidential: 'blue',
  commercial_core: 'green',
  commercial_general: 'green',
  work_secret: 'default',
  internal: 'default',
};

export function LevelTag({ level }: { level: CarrierLevel }) {
  return (
    <Chip color={LEVEL_COLORS[level]} className="level-tag" data-level={level}>
      {LEVEL_LABELS[level]}
    </Chip>
  );
}
