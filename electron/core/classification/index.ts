// The classification domain's public entry: what other domains (the xlsx import and export) may use of it.
export { createItemInTx, listItems } from './items';
export { seedClassificationItems } from './demo';
