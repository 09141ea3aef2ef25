// What an approval is about, in the clerk's words (编号 and 名称 of the carrier, the person's name…), not the
// stored `carrier 402`. Read straight from the tables (the floor may read db/, never a domain), one query per
// subject type on the page, prepared once per connection; a subject since removed, or of a kind without a name,
// reads as its kind and number.
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
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

/**
 * Each named subject type: its table's id and its label as SQL, one text, so that every type is the same select. A
 * label that reads as null (a journey whose person is gone) is not a name: the subject reads as its kind and number.
 */
const LABELS: Record<string, { id: SQLiteColumn; label: SQL<string> }> = {
  carrier: { id: carriers.id, label: sql<string>`${carriers.carrierNo} || ' ' || ${carriers.name}` },
  person: { id: persons.id, label: sql<string>`${persons.name}` },
  device: { id: devices.id, label: sql<string>`'设备 ' || ${devices.deviceNo}` },
  key_site: { id: keySites.id, label: sql<string>`${keySites.name}` },
  classified_meeting: { id: classifiedMeetings.id, label: sql<string>`${classifiedMeetings.name}` },
  private_travel: {
    id: privateTravel.id,
    label: sql<string>`(SELECT ${persons.name} FROM ${persons} WHERE ${persons.id} = ${privateTravel.personId}) || ' 赴' || ${privateTravel.destination}`,
  },
};

/** The subjects of `type` among `ids`, read by a statement prepared once per connection and type. */
function named(db: Db, type: string, ids: number[]): Named {
  const of = LABELS[type];
  if (!of) return [];
  return statement(db, `approvals:label:${type}`, () =>
    db
      .select({ id: sql<number>`${of.id}`, label: of.label })
      .from(of.id.table)
      .where(inListOf(of.id, 'ids'))
      .prepare(),
  )
    .all({ ids: listParam(ids) })
    .filter((r) => r.label !== null);
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
