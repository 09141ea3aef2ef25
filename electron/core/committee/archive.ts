// 保密制度建设 (名称, 文号, 生效日期, 废止) and 保密工作档案: the unit's secrecy-work documents kept as encrypted
// attachments inside the database, found by year, kind and title.
import { and, asc, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { attachments, ruleDocuments, secrecyArchive } from '../../../db/schema';
import type {
  ArchiveAddInput,
  ArchiveListInput,
  ArchiveView,
  RuleAddInput,
  RuleListInput,
  RuleRepealInput,
  RuleView,
} from '../../ipc/schemas/committee';
import type { Page } from '../../ipc/schemas/common';
import type { AppCore } from '../app-core';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { refuse } from '../util/refuse';
import { contains } from '../util/like';

function attachmentExists(tx: Pick<Db, 'select'>, id: number | undefined, path: string) {
  if (id === undefined) return;
  if (!tx.select({ id: attachments.id }).from(attachments).where(eq(attachments.id, id)).get())
    throw new AppException('NOT_FOUND', '找不到该附件，请重新上传。', {
      fields: [{ path, message: '不存在' }],
    });
}

export function listRules(db: Pick<Db, 'select'>, input: z.output<typeof RuleListInput>): RuleView[] {
  return db
    .select()
    .from(ruleDocuments)
    .where(input.includeRepealed ? undefined : isNull(ruleDocuments.repealedOn))
    .orderBy(asc(ruleDocuments.effectiveOn), asc(ruleDocuments.id))
    .all()
    .map((r) => ({
      id: r.id,
      name: r.name,
      docNo: r.docNo,
      effectiveOn: r.effectiveOn,
      repealedOn: r.repealedOn,
      attachmentId: r.attachmentId,
    }));
}

export function addRule(core: AppCore, input: z.output<typeof RuleAddInput>): RuleView[] {
  core.write(
    'rule_document_add',
    'rule_document',
    (tx, ctx) => {
      attachmentExists(tx, input.attachmentId, 'attachmentId');
      return tx
        .insert(ruleDocuments)
        .values({
          ...input,
          docNo: input.docNo ?? null,
          attachmentId: input.attachmentId ?? null,
          createdAt: ctx.now,
        })
        .returning({ id: ruleDocuments.id })
        .get().id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return listRules(core.session().db, { includeRepealed: true });
}

export function repealRule(core: AppCore, input: z.output<typeof RuleRepealInput>): RuleView[] {
  core.write(
    'rule_document_repeal',
    'rule_document',
    (tx) => {
      const r = tx.select().from(ruleDocuments).where(eq(ruleDocuments.id, input.ruleId)).get();
      if (!r)
        throw new AppException('NOT_FOUND', '找不到该制度。', {
          fields: [{ path: 'ruleId', message: '不存在' }],
        });
      if (r.repealedOn) refuse('rule_repeal_once', '该制度已废止。', 'ruleId');
      if (input.repealedOn < r.effectiveOn)
        refuse('rule_dates_in_order', '废止日期不能早于生效日期。', 'repealedOn');
      tx.update(ruleDocuments).set({ repealedOn: input.repealedOn }).where(eq(ruleDocuments.id, r.id)).run();
    },
    () => ({ entityId: input.ruleId, detail: input }),
  );
  return listRules(core.session().db, { includeRepealed: true });
}

type ArchiveListQuery = z.output<typeof ArchiveListInput>;

function archiveWhere(input: ArchiveListQuery, b: Bindings) {
  return and(
    input.year === undefined ? undefined : eq(secrecyArchive.year, b.bind('year', input.year)),
    input.kind === undefined ? undefined : eq(secrecyArchive.kind, b.bind('kind', input.kind)),
    input.search ? contains(secrecyArchive.title, input.search, (p) => b.bind('search', p)) : undefined,
  );
}

function archiveQuestion(db: Pick<Db, 'select'>, where: SQL | undefined) {
  return {
    rows: db
      .select({ a: secrecyArchive, fileName: attachments.fileName })
      .from(secrecyArchive)
      .leftJoin(attachments, eq(attachments.id, secrecyArchive.attachmentId))
      .where(where)
      .orderBy(desc(secrecyArchive.year), asc(secrecyArchive.kind), desc(secrecyArchive.id)),
    count: db.select({ n: count() }).from(secrecyArchive).where(where),
  };
}

/** One page of the 保密工作档案 as a query built whole, with its values in the SQL. */
export function archivePageQuery(db: Pick<Db, 'select'>, input: ArchiveListQuery) {
  return pageOf(archiveQuestion(db, archiveWhere(input, Bindings.inline())).rows, input);
}

export function listArchive(db: Pick<Db, 'select'>, input: ArchiveListQuery): Page<ArchiveView> {
  const b = Bindings.placeholders();
  const where = archiveWhere(input, b);
  const { total, rows } = pageByShape(db, `archive:${b.names}`, b, input, () => archiveQuestion(db, where));
  return {
    total,
    rows: rows.map(({ a, fileName }) => ({
      id: a.id,
      year: a.year,
      kind: a.kind as ArchiveView['kind'],
      title: a.title,
      attachmentId: a.attachmentId,
      fileName,
    })),
  };
}

export function addArchive(core: AppCore, input: z.output<typeof ArchiveAddInput>): ArchiveView {
  const id = core.write(
    'archive_add',
    'archive_item',
    (tx, ctx) => {
      attachmentExists(tx, input.attachmentId, 'attachmentId');
      return tx
        .insert(secrecyArchive)
        .values({ ...input, createdAt: ctx.now })
        .returning({ id: secrecyArchive.id })
        .get().id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  const row = listArchive(core.session().db, { page: 1, pageSize: 500 }).rows.find((r) => r.id === id);
  if (!row) throw new AppException('INTERNAL', '归档记录缺失。');
  return row;
}
