// Handlers of supervisor.channels.ts (merged into exchange.handlers.ts).
import { resetChain, setDefaults, setUnitInterval } from './supervisor-actions';
import { packageHistory, unitIssues, unitRecordsPage } from './supervisor-history';
import { today } from '../util/dates';
import { searchUnits } from './supervisor-search';
import { reportWorkbook, supervisorReport } from './supervisor-report';
import { comparisonRows, defaultsOf } from './supervisor-table';
import type { DomainHandlers } from '../../ipc/dispatch';

type Supervisor =
  | 'exchange:comparison'
  | 'exchange:packages'
  | 'exchange:records'
  | 'exchange:search'
  | 'exchange:unitInterval'
  | 'exchange:defaults'
  | 'exchange:setDefaults'
  | 'exchange:reset'
  | 'exchange:report'
  | 'exchange:unitIssues'
  | 'exchange:reportXlsx';

export const supervisorHandlers: Pick<DomainHandlers<'exchange'>, Supervisor> = {
  'exchange:comparison': (core) => comparisonRows(core),
  'exchange:packages': (core, input) => packageHistory(core.session().db, input.unitCode),
  'exchange:records': (core, input) => unitRecordsPage(core.session().db, input),
  'exchange:search': (core, input) => searchUnits(core.session().db, input),
  'exchange:unitInterval': (core, input) => setUnitInterval(core, input),
  'exchange:defaults': (core) => defaultsOf(core.session().db),
  'exchange:setDefaults': (core, input) => setDefaults(core, input),
  'exchange:reset': (core, input) => resetChain(core, input),
  'exchange:unitIssues': (core, input) => unitIssues(core.session().db, input.unitCode, today(core.clock)),
  'exchange:report': (core, input) => supervisorReport(core, input),
  'exchange:reportXlsx': (core, input) => reportWorkbook(core, input),
};
