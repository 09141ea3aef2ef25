// A person's file also shows what the registers built on persons keep about them: trips, passports, leaving
// procedures. Those domains import persons (loadPerson, events, settings), so persons cannot import them back
// without a cycle: each offers its part here instead, where its handlers are wired in.
import type { Db } from '../../../db/open';
import type { HeldDeviceView } from '../../ipc/schemas/devices';
import type { LeavingView } from '../../ipc/schemas/leaving';
import type { IncidentRef } from '../../ipc/schemas/persons-records';
import type { PassportView, TravelView } from '../../ipc/schemas/travel';

type Reader = Pick<Db, 'select'>;

export interface DossierParts {
  travel(db: Reader, personId: number, today: string): TravelView[];
  passports(db: Reader, personId: number, today: string): PassportView[];
  leaving(db: Reader, personId: number): LeavingView[];
  devices(db: Reader, personId: number): HeldDeviceView[];
  incidents(db: Reader, personId: number): IncidentRef[];
}

const offered: Partial<DossierParts> = {};

export function offerDossierPart<K extends keyof DossierParts>(name: K, part: DossierParts[K]): void {
  offered[name] = part;
}

/** The part `name`; missing means its domain's handlers were never loaded, a wiring mistake. */
export function dossierPart<K extends keyof DossierParts>(name: K): DossierParts[K] {
  const part = offered[name];
  if (!part) throw new Error(`the person dossier's ${name} part was not offered`);
  return part as DossierParts[K];
}
