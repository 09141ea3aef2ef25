// 因私证照由单位统一保管: passports and passes the unit keeps, handed out for a trip and taken back.
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { passportMovements, passports, persons } from '../../../db/schema';
import type {
  PassportListInput,
  PassportRegisterInput,
  PassportReturnInput,
  PassportView,
} from '../../ipc/schemas/travel';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { addPersonEvent, loadPerson } from '../persons';
import { today } from '../util/dates';
import { refuse } from '../util/refuse';

export function returnPassportIn(tx: Pick<Db, 'update'>, passportId: number, returnedOn: string): void {
  tx.update(passportMovements)
    .set({ returnedOn })
    .where(and(eq(passportMovements.passportId, passportId), isNull(passportMovements.returnedOn)))
    .run();
  tx.update(passports).set({ inCustody: 1 }).where(eq(passports.id, passportId)).run();
}

/** 交单位保管 inside the caller's write: the form's own, or an xlsx import's (one row of many). */
export function registerPassportInTx(
  tx: Tx,
  ctx: WriteCtx,
  input: z.output<typeof PassportRegisterInput>,
): void {
  loadPerson(tx, input.personId);
  tx.insert(passports)
    .values({ ...input, expiresOn: input.expiresOn ?? null, inCustody: 1, createdAt: ctx.now })
    .run();
  ctx.touch('travel');
  addPersonEvent(tx, ctx, {
    personId: input.personId,
    kind: 'travel',
    on: input.receivedOn,
    summary: `因私证照（${input.number}）交单位统一保管`,
    detail: input,
  });
}

export function registerPassport(
  core: AppCore,
  input: z.output<typeof PassportRegisterInput>,
): PassportView[] {
  core.write(
    'passport_register',
    'person',
    (tx, ctx) => registerPassportInTx(tx, ctx, input),
    () => ({ entityId: input.personId, detail: input }),
  );
  return listPassports(core.session().db, { personId: input.personId, outOnly: false }, today(core.clock));
}

export function returnPassport(core: AppCore, input: z.output<typeof PassportReturnInput>): PassportView[] {
  const personId = core.write(
    'passport_return',
    'passport',
    (tx, ctx) => {
      const pp = tx.select().from(passports).where(eq(passports.id, input.passportId)).get();
      if (!pp) throw new AppException('NOT_FOUND', '找不到该证照。');
      if (pp.inCustody === 1) refuse('passport_in_custody', '该证照已在单位保管中。', 'passportId');
      returnPassportIn(tx, pp.id, input.returnedOn);
      addPersonEvent(tx, ctx, {
        personId: pp.personId,
        kind: 'travel',
        on: input.returnedOn,
        summary: `证照（${pp.number}）交回单位保管`,
        detail: input,
      });
      return pp.personId;
    },
    () => ({ entityId: input.passportId, detail: input }),
  );
  return listPassports(core.session().db, { personId, outOnly: false }, today(core.clock));
}

export function listPassports(
  db: Pick<Db, 'select'>,
  input: z.output<typeof PassportListInput>,
  now: string,
): PassportView[] {
  const where: SQL | undefined = and(
    input.personId === undefined ? undefined : eq(passports.personId, input.personId),
    input.outOnly ? eq(passports.inCustody, 0) : undefined,
  );
  return db
    .select({ pp: passports, name: persons.name, m: passportMovements })
    .from(passports)
    .innerJoin(persons, eq(persons.id, passports.personId))
    .leftJoin(
      passportMovements,
      and(eq(passportMovements.passportId, passports.id), isNull(passportMovements.returnedOn)),
    )
    .where(where)
    .orderBy(asc(persons.name), asc(passports.id))
    .all()
    .map(({ pp, name, m }) => ({
      id: pp.id,
      personId: pp.personId,
      personName: name,
      kind: pp.kind,
      number: pp.number,
      expiresOn: pp.expiresOn,
      inCustody: pp.inCustody === 1,
      receivedOn: pp.receivedOn,
      handedOutOn: m?.handedOutOn ?? null,
      dueBackOn: m?.dueBackOn ?? null,
      overdue: !!m && m.dueBackOn < now,
    }));
}
