// The yearbook domain's handlers: one function per channel of yearbook.channels.ts.
import type { DomainHandlers } from '../../ipc/dispatch';
import { today } from '../util/dates';
import { exportSelfAssessmentDocx, exportYearbookPdf, exportYearbookXlsx, yearbookView } from './exports';
import { cancelJob, jobProgress } from '../util/jobs';
import { selfAssessmentReport } from './report';
import { saveAreaText } from './texts';

export const yearbookHandlers: DomainHandlers<'yearbook'> = {
  'yearbook:report': (core, input) => selfAssessmentReport(core.session().db, input.year, today(core.clock)),
  'yearbook:saveArea': (core, input) => {
    saveAreaText(core, input);
    return selfAssessmentReport(core.session().db, input.year, today(core.clock));
  },
  'yearbook:exportDocx': (core, input) => exportSelfAssessmentDocx(core, input),
  'yearbook:book': (core, input) => yearbookView(core, input.year),
  'yearbook:exportXlsx': (core, input) => exportYearbookXlsx(core, input),
  'yearbook:exportPdf': (core, input) => exportYearbookPdf(core, input),
  'yearbook:progress': (core, input) => {
    core.session();
    return { progress: jobProgress(input.jobId) };
  },
  'yearbook:cancel': (core, input) => {
    core.session();
    cancelJob(input.jobId);
    return { progress: jobProgress(input.jobId) };
  },
};
