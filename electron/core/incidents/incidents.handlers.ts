// The incidents domain's handlers: one function per channel of incidents.channels.ts.
import {
  addIncidentEntry,
  closeIncident,
  editIncident,
  linkIncident,
  openIncident,
  reportIncident,
} from './incidents.service';
import { offerDossierPart } from '../persons';
import { incidentsOf, incidentsOfPerson, incidentView, listIncidents, unreportedIncidents } from './views';
import type { DomainHandlers } from '../../ipc/dispatch';

export const incidentsHandlers: DomainHandlers<'incidents'> = {
  'incidents:list': (core, input) => listIncidents(core.session().db, input, core.clock.now()),
  'incidents:get': (core, input) => incidentView(core.session().db, input.incidentId, core.clock.now()),
  'incidents:unreported': (core) => unreportedIncidents(core.session().db, core.clock.now()),
  'incidents:of': (core, input) => incidentsOf(core.session().db, input, core.clock.now()),
  'incidents:open': (core, input) => openIncident(core, input),
  'incidents:edit': (core, input) => editIncident(core, input),
  'incidents:report': (core, input) => reportIncident(core, input),
  'incidents:addEntry': (core, input) => addIncidentEntry(core, input),
  'incidents:link': (core, input) => linkIncident(core, input),
  'incidents:close': (core, input) => closeIncident(core, input),
};

// A person's file lists the incidents they are linked to; offered here, where this domain is wired in.
offerDossierPart('incidents', incidentsOfPerson);
