// Every register page the bench asks through the core and as plain SQL (issue 20 point 1), in the order they are
// printed: bench.ts times them, test/scripts/bench-raw.test.ts holds each raw query to the core's rows and total.
import { DEVICE_REGISTERS } from './bench-devices';
import { INSPECTION_REGISTERS } from './bench-inspections';
import { PERSON_REGISTERS } from './bench-persons';
import { ITEM_REGISTERS } from './bench-items';
import { sessionsPage } from './bench-trainings';
import { WORK_REGISTERS } from './bench-work';

export const REGISTERS = [
  ...DEVICE_REGISTERS,
  ...INSPECTION_REGISTERS,
  sessionsPage,
  ...WORK_REGISTERS,
  ...PERSON_REGISTERS,
  ...ITEM_REGISTERS,
];
