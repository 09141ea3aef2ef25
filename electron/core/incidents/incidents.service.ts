// An incident from discovery to closing: the record (changeable only until the first report), the reports of
// art. 61, entries added afterwards (append-only), links, and the closing once reported and decided (art. 60).
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { IncidentLinkKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import {
  carriers,
  devices,
  incidentEntries,
  incidentLinks,
  incidentReports,
  incidents,
  inventoryLines,
  persons,
} from '../../../db/schema';
import type {
  IncidentAddLinkInput,
  IncidentCloseInput,
  IncidentEditInput,
  IncidentEntryInput,
  IncidentOpenInput,
  IncidentReportInput,
  IncidentView,
} from '../../ipc/schemas/incidents';
import type { AppCore, WriteCtx } from '../app-core';
import { refuse } from '../util/refuse';
import { checkClosable, checkNotClosed, checkNotReported, checkReportTime } from './rules';
import { loadIncident } from './store';
import { incidentView } from './views';

const view = (core: AppCore, id: number): IncidentView =>
  incidentView(core.session().db, id, core.clock.now());

function insertLink(
  tx: Pick<Db, 'insert' | 'select'>,
  ctx: WriteCtx,
  incidentId: number,
  link: { kind: IncidentLinkKind; refId: number; label: string },
) {
  if (link.kind === 'inventory_line') {
    const line = tx
      .select({ id: inventoryLines.id })
      .from(inventoryLines)
      .where(eq(inventoryLines.id, link.refId))
      .get();
    if (!line) refuse('link_target_exists', '找不到该清点差异。', 'links');
    ctx.touch('inventory');
    ctx.touch('carriers');
  }
  if (link.kind === 'person') {
    // A person is linked by their role in it (当事人, 发现人 …); the label names them too, for the person's file.
    const p = tx.select({ name: persons.name }).from(persons).where(eq(persons.id, link.refId)).get();
    if (!p) refuse('link_target_exists', '找不到该人员。', 'refId');
    link = { ...link, label: link.label.startsWith(p.name) ? link.label : `${p.name}（${link.label}）` };
  }
  if (link.kind === 'carrier') {
    // Any carrier of the register (not only one from an inventory): the label names it by number and title.
    const c = tx
      .select({ no: carriers.carrierNo, name: carriers.name })
      .from(carriers)
      .where(eq(carriers.id, link.refId))
      .get();
    if (!c) refuse('link_target_exists', '找不到该载体。', 'refId');
    link = {
      ...link,
      label: link.label.includes(c.no) ? link.label : `${c.no}《${c.name}》（${link.label}）`,
    };
    ctx.touch('carriers');
  }
  if (link.kind === 'device') {
    const d = tx.select({ no: devices.deviceNo }).from(devices).where(eq(devices.id, link.refId)).get();
    if (!d) refuse('link_target_exists', '找不到该设备或存储介质。', 'refId');
    link = { ...link, label: link.label.includes(d.no) ? link.label : `${d.no}（${link.label}）` };
    ctx.touch('devices');
  }
  const dup = tx
    .select({ id: incidentLinks.id })
    .from(incidentLinks)
    .where(
      and(
        eq(incidentLinks.incidentId, incidentId),
        eq(incidentLinks.kind, link.kind),
        eq(incidentLinks.refId, link.refId),
      ),
    )
    .get();
  if (dup) return;
  tx.insert(incidentLinks)
    .values({ incidentId, ...link, createdAt: ctx.now })
    .run();
}

export function openIncident(core: AppCore, input: z.output<typeof IncidentOpenInput>): IncidentView {
  const id = core.write(
    'incident_open',
    'incident',
    (tx, ctx) => {
      if (input.discoveredAt > ctx.now)
        refuse('discovery_not_in_future', '发现时间不能晚于现在。', 'discoveredAt');
      const { links, ...record } = input;
      const i = tx
        .insert(incidents)
        .values({ ...record, status: 'open', createdAt: ctx.now, createdBy: ctx.accountId })
        .returning({ id: incidents.id })
        .get();
      for (const l of links) insertLink(tx, ctx, i.id, l);
      return i.id;
    },
    (id) => ({
      entityId: id,
      detail: { title: input.title, discoveredAt: input.discoveredAt, links: input.links },
    }),
  );
  return view(core, id);
}

export function editIncident(core: AppCore, input: z.output<typeof IncidentEditInput>): IncidentView {
  core.write(
    'incident_edit',
    'incident',
    (tx, ctx) => {
      const i = loadIncident(tx, input.incidentId);
      checkNotReported(i);
      if (input.discoveredAt > ctx.now)
        refuse('discovery_not_in_future', '发现时间不能晚于现在。', 'discoveredAt');
      const { incidentId, ...record } = input;
      tx.update(incidents)
        .set({
          ...record,
          departmentId: record.departmentId ?? null,
          discoveredByTitle: record.discoveredByTitle ?? null,
          party: record.party ?? null,
          partyTitle: record.partyTitle ?? null,
          occurredAt: record.occurredAt ?? null,
          occurredPlace: record.occurredPlace ?? null,
          method: record.method ?? null,
          level: record.level ?? null,
        })
        .where(eq(incidents.id, incidentId))
        .run();
    },
    () => ({ entityId: input.incidentId, detail: input }),
  );
  return view(core, input.incidentId);
}

export function reportIncident(core: AppCore, input: z.output<typeof IncidentReportInput>): IncidentView {
  core.write(
    'incident_report',
    'incident',
    (tx, ctx) => {
      const i = loadIncident(tx, input.incidentId);
      checkNotClosed(i);
      checkReportTime(i, input.reportedAt, ctx.now);
      const { incidentId, ...report } = input;
      tx.insert(incidentReports)
        .values({ incidentId, ...report, note: report.note ?? null, createdAt: ctx.now })
        .run();
      const recipients = new Set(
        tx
          .select({ r: incidentReports.recipient })
          .from(incidentReports)
          .where(eq(incidentReports.incidentId, i.id))
          .all()
          .map((r) => r.r),
      );
      tx.update(incidents)
        .set({
          // The first report fixes the record (0014 trigger); both reports move it on to 查处中.
          reportedAt: i.reportedAt ?? ctx.now,
          status: recipients.size === 2 ? 'reported' : i.status,
        })
        .where(eq(incidents.id, i.id))
        .run();
    },
    () => ({ entityId: input.incidentId, detail: input }),
  );
  return view(core, input.incidentId);
}

export function addIncidentEntry(core: AppCore, input: z.output<typeof IncidentEntryInput>): IncidentView {
  core.write(
    'incident_entry',
    'incident',
    (tx, ctx) => {
      const i = loadIncident(tx, input.incidentId);
      if (input.kind === 'result_notice') {
        const result = tx
          .select({ id: incidentEntries.id })
          .from(incidentEntries)
          .where(and(eq(incidentEntries.incidentId, i.id), eq(incidentEntries.kind, 'result')))
          .get();
        if (!result) refuse('result_notice_needs_result', '请先登记处理结果，再登记书面告知。', 'kind');
      } else if (input.kind !== 'correction') checkNotClosed(i);
      tx.insert(incidentEntries)
        .values({
          incidentId: i.id,
          kind: input.kind,
          at: input.at,
          by: input.by ?? null,
          text: input.text,
          nature: input.kind === 'result' ? (input.nature ?? null) : null,
          unitNature: input.kind === 'result' ? (input.unitNature ?? null) : null,
          scanAttachmentId: input.scanAttachmentId ?? null,
          createdAt: ctx.now,
          createdBy: ctx.accountId,
        })
        .run();
    },
    () => ({ entityId: input.incidentId, detail: input }),
  );
  return view(core, input.incidentId);
}

export function linkIncident(core: AppCore, input: z.output<typeof IncidentAddLinkInput>): IncidentView {
  core.write(
    'incident_link',
    'incident',
    (tx, ctx) => {
      const i = loadIncident(tx, input.incidentId);
      insertLink(tx, ctx, i.id, { kind: input.kind, refId: input.refId, label: input.label });
    },
    () => ({ entityId: input.incidentId, detail: input }),
  );
  return view(core, input.incidentId);
}

export function closeIncident(core: AppCore, input: z.output<typeof IncidentCloseInput>): IncidentView {
  core.write(
    'incident_close',
    'incident',
    (tx) => {
      const i = loadIncident(tx, input.incidentId);
      checkNotClosed(i);
      const reported = new Set(
        tx
          .select({ r: incidentReports.recipient })
          .from(incidentReports)
          .where(eq(incidentReports.incidentId, i.id))
          .all()
          .map((r) => r.r),
      );
      const result = tx
        .select({ id: incidentEntries.id })
        .from(incidentEntries)
        .where(and(eq(incidentEntries.incidentId, i.id), eq(incidentEntries.kind, 'result')))
        .get();
      checkClosable(reported, result !== undefined);
      tx.update(incidents)
        .set({ status: 'closed', closedOn: input.closedOn })
        .where(eq(incidents.id, i.id))
        .run();
    },
    () => ({ entityId: input.incidentId, detail: input }),
  );
  return view(core, input.incidentId);
}
