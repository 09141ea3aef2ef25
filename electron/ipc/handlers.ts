// Every domain's handlers (declared beside the domain's code), merged; start-up fails if a channel is handled
// twice or not at all.
import { sessionHandlers } from '../core/session/session.handlers';
import { auditHandlers } from '../core/audit/audit.handlers';
import { approvalsHandlers } from '../core/approvals/approvals.handlers';
import { accountsHandlers } from '../core/accounts/accounts.handlers';
import { settingsHandlers } from '../core/settings/settings.handlers';
import { keysHandlers } from '../core/keys/keys.handlers';
import { remindersHandlers } from '../core/reminders/reminders.handlers';
import { printHandlers } from '../core/print/print.handlers';
import { attachmentsHandlers } from '../core/attachments/attachments.handlers';
import { backupHandlers } from '../core/backup/backup.handlers';
import { carriersHandlers } from '../core/carriers/carriers.handlers';
import { classificationHandlers } from '../core/classification/classification.handlers';
import { inventoryHandlers } from '../core/inventory/inventory.handlers';
import { exchangeHandlers } from '../core/exchange/exchange.handlers';
import { departmentsHandlers } from '../core/departments/departments.handlers';
import { personsHandlers } from '../core/persons/persons.handlers';
import { travelHandlers } from '../core/travel/travel.handlers';
import { leavingHandlers } from '../core/leaving/leaving.handlers';
import { allowanceHandlers } from '../core/allowance/allowance.handlers';
import { devicesHandlers } from '../core/devices/devices.handlers';
import { inspectionsHandlers } from '../core/inspections/inspections.handlers';
import { incidentsHandlers } from '../core/incidents/incidents.handlers';
import { reviewsHandlers } from '../core/reviews/reviews.handlers';
import { keySitesHandlers } from '../core/key_sites/key_sites.handlers';
import { committeeHandlers } from '../core/committee/committee.handlers';
import { trainingsHandlers } from '../core/trainings/trainings.handlers';
import { filesHandlers } from '../core/files/files.handlers';
import { xlsxHandlers } from '../core/xlsx/xlsx.handlers';
import { yearbookHandlers } from '../core/yearbook/yearbook.handlers';
import { assertComplete, mergeHandlers, type FullHandlerMap } from './dispatch';

export function allHandlers(): FullHandlerMap {
  return assertComplete(
    mergeHandlers(
      sessionHandlers,
      auditHandlers,
      approvalsHandlers,
      accountsHandlers,
      settingsHandlers,
      keysHandlers,
      remindersHandlers,
      printHandlers,
      attachmentsHandlers,
      backupHandlers,
      carriersHandlers,
      classificationHandlers,
      inventoryHandlers,
      exchangeHandlers,
      departmentsHandlers,
      personsHandlers,
      travelHandlers,
      leavingHandlers,
      allowanceHandlers,
      devicesHandlers,
      inspectionsHandlers,
      incidentsHandlers,
      reviewsHandlers,
      keySitesHandlers,
      committeeHandlers,
      trainingsHandlers,
      filesHandlers,
      xlsxHandlers,
      yearbookHandlers,
    ),
  );
}
