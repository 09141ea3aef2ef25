// The persons domain's public entry: all that other domains may use of it (the fence test enforces this).
// Leaving, travel and allowance build on persons: they load a person, record in the person's history and read
// the personnel settings here, and offer their parts of the person's file back (dossier-parts.ts).
export { checkApprovalDate } from './approval-dates';
export { seedPersons } from './demo';
export { offerDossierPart } from './dossier-parts';
export { holdingsOf, holdingsOfMany } from './holdings';
export { personsNamed, type NamedPerson } from './lookup';
export { personnelReminders } from './reminders';
export { separationEndsOn, travelNeedsApproval } from './rules';
export { personnelSettings } from './settings';
export { addPersonEvent, holderKeysOf, loadPerson, touchPerson, type PersonRecord } from './store';
export { insertPledge } from './vetting';
export { offerTrainingPart, type TrainingPart } from './training-part';
export { listPersons } from './register-query';
export { createPersonInTx } from './persons.service';
