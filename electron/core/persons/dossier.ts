// The dynamic personnel file (涉密人员管理档案): everything about one person in one read, and the counts
// for `baomi stats` and the annual report.
import { count, desc, eq } from 'drizzle-orm';
import { CLEARANCE_RANK } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { accounts, allowanceStatements, personEvents, persons, privateTravel } from '../../../db/schema';
import type { PersonCounts, PersonEventView } from '../../ipc/schemas/persons';
import type { ClearanceChangeView, IncidentRef, PersonDossier } from '../../ipc/schemas/persons-records';
import { today } from '../util/dates';
import type { AppCore } from '../app-core';
import { clearanceDecisionsOf } from './clearance';
import { dossierPart } from './dossier-parts';
import { holdingsOf } from './holdings';
import { personDetail } from './persons.service';
import { loadPerson } from './store';
import { separationRunsOn } from './rules';
import { pledgesOf, trainingsOf, vettingsOf } from './vetting';

export function historyOf(db: Pick<Db, 'select'>, personId: number): PersonEventView[] {
  return db
    .select({ e: personEvents, actor: accounts.displayName })
    .from(personEvents)
    .leftJoin(accounts, eq(accounts.id, personEvents.accountId))
    .where(eq(personEvents.personId, personId))
    .orderBy(desc(personEvents.id))
    .all()
    .map(({ e, actor }) => ({
      id: e.id,
      kind: e.kind,
      on: e.on,
      at: e.at,
      summary: e.summary,
      detail: JSON.parse(e.detail) as unknown,
      approvalId: e.approvalId,
      actor,
    }));
}

export function personDossier(core: AppCore, personId: number): PersonDossier {
  const { db } = core.session();
  const now = today(core.clock);
  const p = loadPerson(db, personId);
  const history = historyOf(db, personId);
  const clearanceHistory: ClearanceChangeView[] = history
    .filter((e) => e.kind === 'clearance')
    .map((e) => {
      const d = e.detail as {
        decisionId?: number;
        from?: ClearanceChangeView['from'];
        to?: ClearanceChangeView['to'];
      };
      return {
        on: e.on,
        from: d.from ?? null,
        to: d.to ?? null,
        decisionId: d.decisionId ?? null,
        summary: e.summary,
      };
    });
  const incidents: IncidentRef[] = dossierPart('incidents')(db, personId);
  return {
    person: personDetail(core, personId),
    clearanceDecisions: clearanceDecisionsOf(db, personId),
    clearanceHistory,
    vettings: vettingsOf(db, personId),
    trainings: trainingsOf(db, personId),
    pledges: pledgesOf(db, personId),
    travel: dossierPart('travel')(db, personId, now),
    passports: dossierPart('passports')(db, personId, now),
    leaving: dossierPart('leaving')(db, personId),
    appraisals: dossierPart('appraisals')(db, personId),
    sanctions: dossierPart('sanctions')(db, personId),
    agreements: dossierPart('agreements')(db, personId),
    holds: holdingsOf(db, p),
    devices: dossierPart('devices')(db, personId),
    incidents,
    work: [
      ...dossierPart('reviews')(db, personId),
      ...dossierPart('keySites')(db, personId),
      ...dossierPart('committee')(db, personId),
    ].sort((a, b) => b.on.localeCompare(a.on)),
    history,
  };
}

/** Register counts (persons / private_travel / allowance) for `baomi stats`, the CLI and the home page. */
export function personnelCounts(db: Pick<Db, 'select'>, now: string): PersonCounts {
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  const by = db
    .select({ rank: persons.clearanceRank, n: count() })
    .from(persons)
    .where(eq(persons.status, 'in_post'))
    .groupBy(persons.clearanceRank)
    .all();
  const rank = (r: number) => by.find((x) => x.rank === r)?.n ?? 0;
  return {
    persons: n(db.select({ n: count() }).from(persons).get()),
    inPost: n(db.select({ n: count() }).from(persons).where(eq(persons.status, 'in_post')).get()),
    inSeparation: n(db.select({ n: count() }).from(persons).where(separationRunsOn(now)).get()),
    byClearance: {
      core: rank(CLEARANCE_RANK.core),
      important: rank(CLEARANCE_RANK.important),
      general: rank(CLEARANCE_RANK.general),
    },
    privateTravel: n(db.select({ n: count() }).from(privateTravel).get()),
    allowanceStatements: n(db.select({ n: count() }).from(allowanceStatements).get()),
  };
}
