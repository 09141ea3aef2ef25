// The carriers domain's public entry: all that other domains may use of it (the fence test enforces this).
// Classification and inventory act on carriers inside their own writes: they load a carrier, record its
// history, re-derive its status and apply its rules through here.
export { CarrierNumbers, getCarrier, registerInTx } from './carriers.service';
export { seedCarriers } from './demo';
export { DEPARTMENTS, GIVEN, LEADERS, SURNAMES, TOPICS } from './demo-data';
export { listCarriers, reviewDueCondition } from './register-query';
export { carriersHeldBy, carriersHeldByKeys } from './holders-query';
export { carrierReminders } from './reminders';
export {
  checkExtendBeforeExpiry,
  checkLevelAllowed,
  checkTermWithinMax,
  isCommercial,
  isNational,
  maxEndOf,
} from './rules';
export { carrierSettings } from './settings';
export { addEvent, LIVE_STATUSES, loadCarrier, refreshCarrier, type CarrierRecord } from './store';
export { termColumns, termEndsOn, termFromInput, termFromRow, termLabel, termOver, type Term } from './terms';
export { needToKnowOf, toRow } from './views';
export { carriersStoredAt, copyByNo } from './stored-at';
export { offerSafePlaces } from './safe-places';
export { PlaceLevels } from './storage';
export { deferSearchIndex } from './search-index';
