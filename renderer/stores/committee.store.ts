// 保密委员会: the tracked tasks (decisions and plan items), and the 涉密会议与活动 register.
import type {
  MeetingKind,
  MeetingRow,
  MeetingStatus,
  TaskStatus,
  TaskView,
} from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useCommitteeTasks = createRegisterStore<TaskView>({
  read: (q) =>
    call('committee:tasks', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.filters.status ? { status: q.filters.status as TaskStatus } : {}),
    }),
  domains: ['committee', 'persons'],
});

export const useClassifiedMeetings = createRegisterStore<MeetingRow>({
  read: (q) =>
    call('committee:classifiedMeetings', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.filters.status ? { status: q.filters.status as MeetingStatus } : {}),
      ...(q.filters.kind ? { kind: q.filters.kind as MeetingKind } : {}),
      ...(q.filters.materialsOut === 'out' ? { materialsOut: true } : {}),
      ...(q.search ? { search: q.search } : {}),
    }),
  domains: ['committee', 'carriers', 'departments'],
});
