// How the personnel screens present their vocabulary beyond the labels (db/domain/labels/): clearance colours,
// money, and the name of a recorded approval step.
import type { Clearance } from '../../../electron/ipc/contract';
import type { ChipColor } from '../../components/Chip';
import { CLEARANCE_STEP_LABELS, TRAVEL_STEP_LABELS } from '../../../db/domain/labels';

export const CLEARANCE_COLORS: Record<Clearance, ChipColor> = {
  core: 'red',
  important: 'orange',
  general: 'blue',
};

/** 元 from 分, two decimals. */
export function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** A recorded approval step's name: clearance steps and travel steps share StepView. */
export function stepName(step: string): string {
  const names: Record<string, string> = { ...CLEARANCE_STEP_LABELS, ...TRAVEL_STEP_LABELS };
  return names[step] ?? step;
}
