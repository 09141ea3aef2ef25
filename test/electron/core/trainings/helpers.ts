// Test helpers for the trainings register: sessions as the clerk plans and holds them.
import type { ChannelInput } from '../../../../electron/ipc/contract';

export { approval, clearThroughChain, newPerson, openDesk, postedPerson } from '../persons/helpers';
export type { Desk } from '../persons/helpers';

export const lecture = (
  over: Partial<ChannelInput<'trainings:plan'>> = {},
): ChannelInput<'trainings:plan'> => ({
  purpose: 'annual',
  form: 'lecture',
  topic: '新修订保密法解读',
  organizer: '保密办',
  speaker: '市保密局 刘洋',
  scope: '全体涉密人员',
  content: '保守国家秘密法（2024 修订）要点、违法案例警示',
  hours: 2,
  plannedOn: '2026-03-10',
  ...over,
});
