// The inspections domain's handlers: one function per channel of inspections.channels.ts.
import { today } from '../util/dates';
import { answerInspection, closeInspection, openInspection } from './checks';
import { setInspectionScope } from './scope';
import { addFinding, assignFinding, startFinding, submitFinding, verifyFinding } from './findings';
import {
  checklistTemplate,
  inspectionSettings,
  setChecklistTemplate,
  updateInspectionSettings,
} from './template';
import { exportRegister, registerColumns } from '../xlsx';
import { inspectionView, listInspections } from './views';
import { findingView, listFindings } from './findings-views';
import type { DomainHandlers } from '../../ipc/dispatch';

export const inspectionsHandlers: DomainHandlers<'inspections'> = {
  'inspections:list': (core, input) => listInspections(core.session().db, input, today(core.clock)),
  'inspections:get': (core, input) =>
    inspectionView(core.session().db, input.inspectionId, today(core.clock)),
  'inspections:open': (core, input) => openInspection(core, input),
  'inspections:setScope': (core, input) => setInspectionScope(core, input),
  'inspections:answer': (core, input) => answerInspection(core, input),
  'inspections:close': (core, input) => closeInspection(core, input),
  'inspections:findings': (core, input) => listFindings(core.session().db, input, today(core.clock)),
  'inspections:finding': (core, input) => findingView(core.session().db, input.findingId, today(core.clock)),
  'inspections:addFinding': (core, input) => addFinding(core, input),
  'inspections:assign': (core, input) => assignFinding(core, input),
  'inspections:start': (core, input) => startFinding(core, input),
  'inspections:submit': (core, input) => submitFinding(core, input),
  'inspections:verify': (core, input) => verifyFinding(core, input),
  'inspections:exportFindings': (core, { outPath, ...query }) =>
    exportRegister(core, registerColumns('findings'), query, outPath),
  'inspections:template': (core) => checklistTemplate(core.session().db),
  'inspections:setTemplate': (core, input) => setChecklistTemplate(core, input),
  'inspections:settings': (core) => inspectionSettings(core.session().db),
  'inspections:updateSettings': (core, input) => updateInspectionSettings(core, input),
};
