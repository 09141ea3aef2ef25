// The carriers domain's public entry: all that other domains may use of it (the fence test enforces this).
export { registerInTx } from './carriers.service';
export { carriersHeldBy } from './register-query';
export { carrierReminders } from './reminders';
export { isCommercial, isNational } from './rules';
export { deriveStatus } from './store';
export { termEndsOn, type Term } from './terms';
