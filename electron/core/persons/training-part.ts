// A person's 保密教育培训 and its 考核 live in the trainings register, which builds on persons (it loads people
// and writes their history). Persons asks for what it needs of them through this part, offered by the trainings
// domain where its handlers are wired in, so persons never imports trainings back (no cycle).
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import type { TrainingInput, TrainingView } from '../../ipc/schemas/persons-records';
import type { WriteCtx } from '../app-core';
import type { Tx } from './store';

type Reader = Pick<Db, 'select'>;

export interface TrainingPart {
  /** The sessions the person attended (出席 or 补学), newest first: the person page and the dossier. */
  of(db: Reader, personId: number): TrainingView[];
  /** What 先培训后上岗 asks of the trainings register: an attended 岗前培训, and its 考核 passed. */
  prePost(db: Reader, personId: number): { trained: boolean; appraised: boolean };
  /** The person page's 登记培训: one person's training, recorded as attendance of a session. */
  record(tx: Tx, ctx: WriteCtx, input: z.output<typeof TrainingInput>): void;
}

let offered: TrainingPart | null = null;

export function offerTrainingPart(part: TrainingPart): void {
  offered = part;
}

/** The trainings register's part; missing means its handlers were never loaded, a wiring mistake. */
export function trainingPart(): TrainingPart {
  if (!offered) throw new Error('the trainings part of the person file was not offered');
  return offered;
}
