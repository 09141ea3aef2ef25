// What an approval is about, in the clerk's words (编号 and 名称 of the carrier, the person's name…), not the
// stored `carrier 402`. Read straight from the tables (the floor may read db/, never a domain), one query per
// subject type on the page; a subject since removed, or of a kind without a name, reads as its kind and number.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { carriers, classifiedMeetings, devices, keySites, persons, privateTravel } from '../../../db/schema';
import { inList } from '../util/in-list';

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

function named(db: Db, type: string, ids: number[]): Named {
  switch (type) {
    case 'carrier':
      return db
        .select({ id: carriers.id, no: carriers.carrierNo, name: carriers.name })
        .from(carriers)
        .where(inList(carriers.id, ids))
        .all()
        .map((r) => ({ id: r.id, label: `${r.no} ${r.name}` }));
    case 'person':
      return db
        .select({ id: persons.id, label: persons.name })
        .from(persons)
        .where(inList(persons.id, ids))
        .all();
    case 'device':
      return db
        .select({ id: devices.id, label: devices.deviceNo })
        .from(devices)
        .where(inList(devices.id, ids))
        .all()
        .map((r) => ({ id: r.id, label: `设备 ${r.label}` }));
    case 'key_site':
      return db
        .select({ id: keySites.id, label: keySites.name })
        .from(keySites)
        .where(inList(keySites.id, ids))
        .all();
    case 'classified_meeting':
      return db
        .select({ id: classifiedMeetings.id, label: classifiedMeetings.name })
        .from(classifiedMeetings)
        .where(inList(classifiedMeetings.id, ids))
        .all();
    case 'private_travel':
      return db
        .select({ id: privateTravel.id, name: persons.name, to: privateTravel.destination })
        .from(privateTravel)
        .innerJoin(persons, eq(persons.id, privateTravel.personId))
        .where(inList(privateTravel.id, ids))
        .all()
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
