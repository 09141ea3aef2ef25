// A person's file also shows what the registers built on persons keep about them: trips, passports, leaving
// procedures, 考核, 奖惩 and agreements. Those domains import persons (loadPerson, events, settings), so persons cannot import them back
// without a cycle: each offers its part here instead, where its handlers are wired in.
import type { Db } from '../../../db/open';
import type { HeldDeviceView } from '../../ipc/schemas/devices';
import type { LeavingView } from '../../ipc/schemas/leaving';
import type { IncidentRef, WorkRef } from '../../ipc/schemas/persons-records';
import type { PassportView, TravelView } from '../../ipc/schemas/travel';
import type { AgreementView, AppraisalView, SanctionView } from '../../ipc/schemas/trainings-records';

type Reader = Pick<Db, 'select'>;

export interface DossierParts {
  travel(db: Reader, personId: number, today: string): TravelView[];
  passports(db: Reader, personId: number, today: string): PassportView[];
  leaving(db: Reader, personId: number): LeavingView[];
  devices(db: Reader, personId: number): HeldDeviceView[];
  incidents(db: Reader, personId: number): IncidentRef[];
  appraisals(db: Reader, personId: number): AppraisalView[];
  sanctions(db: Reader, personId: number): SanctionView[];
  /** Kept after the person leaves: a 竞业限制 stays visible for its whole term. */
  agreements(db: Reader, personId: number): AgreementView[];
  /** 保密审查 the person handled. */
  reviews(db: Reader, personId: number): WorkRef[];
  /** 要害部门部位 the person is 负责人 of. */
  keySites(db: Reader, personId: number): WorkRef[];
  /** 保密委员会 membership and the decisions and plan items the person owns. */
  committee(db: Reader, personId: number): WorkRef[];
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
