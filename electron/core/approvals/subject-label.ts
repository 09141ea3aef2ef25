// What an approval is about, in the clerk's words (编号 and 名称 of the carrier, the person's name…), not the
// stored `carrier 402`. Read straight from the tables (the floor may read db/, never a domain), one query per
// subject type on the page, prepared once per connection; a subject since removed, or of a kind without a name,
// reads as its kind and number.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { carriers, classifiedMeetings, devices, keySites, persons, privateTravel } from '../../../db/schema';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

const KINDS: Record<string, string> = {
  carrier: '载体',
  person: '人员',
  device: '设备',
  key_site: '要害部门部位',
  classified_meeting: '涉密会议',
  private_travel: '因私出国(境)',
  destruction: '销毁批次',
  clearance_decision: '涉密等级审定',
  leaving: '离岗',
  review: '保密审查',
};

type Named = { id: number; label: string }[];

/** The subjects of `type` among `ids`, each read by a statement prepared once per connection and type. */
function named(db: Db, type: string, ids: number[]): Named {
  const p = { ids: listParam(ids) };
  const once = <T>(build: () => T) => statement(db, `approvals:label:${type}`, build);
  switch (type) {
    case 'carrier':
      return once(() =>
        db
          .select({ id: carriers.id, no: carriers.carrierNo, name: carriers.name })
          .from(carriers)
          .where(inListOf(carriers.id, 'ids'))
          .prepare(),
      )
        .all(p)
        .map((r) => ({ id: r.id, label: `${r.no} ${r.name}` }));
    case 'person':
      return once(() =>
        db
          .select({ id: persons.id, label: persons.name })
          .from(persons)
          .where(inListOf(persons.id, 'ids'))
          .prepare(),
      ).all(p);
    case 'device':
      return once(() =>
        db
          .select({ id: devices.id, label: devices.deviceNo })
          .from(devices)
          .where(inListOf(devices.id, 'ids'))
          .prepare(),
      )
        .all(p)
        .map((r) => ({ id: r.id, label: `设备 ${r.label}` }));
    case 'key_site':
      return once(() =>
        db
          .select({ id: keySites.id, label: keySites.name })
          .from(keySites)
          .where(inListOf(keySites.id, 'ids'))
          .prepare(),
      ).all(p);
    case 'classified_meeting':
      return once(() =>
        db
          .select({ id: classifiedMeetings.id, label: classifiedMeetings.name })
          .from(classifiedMeetings)
          .where(inListOf(classifiedMeetings.id, 'ids'))
          .prepare(),
      ).all(p);
    case 'private_travel':
      return once(() =>
        db
          .select({ id: privateTravel.id, name: persons.name, to: privateTravel.destination })
          .from(privateTravel)
          .innerJoin(persons, eq(persons.id, privateTravel.personId))
          .where(inListOf(privateTravel.id, 'ids'))
          .prepare(),
      )
        .all(p)
        .map((r) => ({ id: r.id, label: `${r.name} 赴${r.to}` }));
    default:
      return [];
  }
}

/** `type:id` → the subject's label, for the approvals of one page. */
export function subjectLabels(
  db: Db,
  subjects: { subjectType: string; subjectId: string }[],
): Map<string, string> {
  const byType = new Map<string, number[]>();
  for (const s of subjects) {
    const id = Number(s.subjectId);
    if (Number.isInteger(id)) byType.set(s.subjectType, [...(byType.get(s.subjectType) ?? []), id]);
  }
  const out = new Map<string, string>();
  for (const [type, ids] of byType)
    for (const r of named(db, type, [...new Set(ids)])) out.set(`${type}:${r.id}`, r.label);
  for (const s of subjects) {
    const key = `${s.subjectType}:${s.subjectId}`;
    if (!out.has(key)) out.set(key, `${KINDS[s.subjectType] ?? '事项'} 第 ${s.subjectId} 号`);
  }
  return out;
}
