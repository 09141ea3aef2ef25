// The travel domain's public entry: what other domains (the xlsx exporter) may read.
export { listTravel } from './views';
export { listPassports, registerPassportInTx } from './passports';
export { seedTravel } from './demo';
export {
  applyTravelInTx,
  decideTravelInTx,
  departTravelInTx,
  educateTravelInTx,
  returnTravelInTx,
} from './travel.service';
