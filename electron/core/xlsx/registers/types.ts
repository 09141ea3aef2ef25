// What a register tells the importer and the exporter: its columns (the headings written on export and read on
// import, with the other names clerks give them), how a row of cells becomes the register's input, how a row is
// written, and how the register's current view becomes rows. One small file per register under registers/;
// the year book (issue 18) takes its per-register sheets from the same columns.
import type { z } from 'zod';
import type { AuditEntity, Domain } from '../../../../db/domain/domains';
import type { Db } from '../../../../db/open';
import type { Tx, WriteCtx } from '../../app-core';
import type { Cell } from '../values';

export interface Column {
  /** Stable identifier of the column (a mapping remembers it). */
  key: string;
  /** The heading the export writes and the importer looks for first. */
  heading: string;
  /** Other headings clerks' sheets use for the same column (文件资料名称, 文件名称 for 名称). */
  synonyms?: readonly string[];
  width?: number;
  /** Derived on export (在册份数, 状态): written for the reader, never read back. */
  exportOnly?: boolean;
  /** A sheet without this column cannot be imported. */
  required?: boolean;
  /** Input paths this column feeds: a rule or schema error on one of them is shown under this column. */
  paths?: readonly string[];
}

/** One reason a cell or a row was refused, named by the sheet's own heading. */
export interface CellError {
  column: string;
  reason: string;
}

/** Cells of one row by column key (only the mapped columns are there). */
export type RowCells = Partial<Record<string, Cell>>;

/** What the importer knows while reading rows: the departments that exist, the names of the unit. */
export interface ReadCtx {
  /** Existing department names by their normalised spelling. */
  departments: Map<string, string>;
  /** Departments named in the file that exist nowhere yet (filled while reading). */
  newDepartments: Set<string>;
  today: string;
}

export type Read<I> = { input: I | null; errors: CellError[] };

/** One exported cell: text, a whole number, or empty. */
export type OutCell = string | number;

/** How rows of a sheet become records of the register (a register that cannot be imported yet has none). */
export interface RegisterImport<I> {
  /** The schema the register's form is checked against. */
  schema: z.ZodType<I>;
  /** Read a row of cells into the form's input (not yet checked by the schema). */
  read(cells: RowCells, ctx: ReadCtx): Read<unknown>;
  /** What makes two rows the same record (编号, or a stated key): re-importing does not duplicate. */
  key(input: I): string;
  /** The record of that key already in the register. */
  exists(tx: Pick<Db, 'select'>, input: I): boolean;
  /**
   * The writer of one import: what every row shares (the unit's settings) is read once, then each record is
   * written inside the import's transaction through the same rules as the form.
   */
  writer(tx: Tx, ctx: WriteCtx): (tx: Tx, input: I) => void;
  /** Names the register already uses for departments (free text in some registers). */
  departments?(db: Db): string[];
  /**
   * Pause what the register's insert triggers keep row by row (a search index) for the rest of the
   * transaction; the answer brings it up to date at once and must run before the import commits. A preview,
   * rolled back, never calls it.
   */
  deferIndex?(tx: Tx): () => void;
}

export interface RegisterColumns<I = unknown> {
  /** The register's identifier (XLSX_REGISTERS), e.g. `carriers`. */
  id: string;
  /** The sheet's name and the file's title, e.g. 涉密载体台账. */
  title: string;
  entity: AuditEntity;
  domain: Domain;
  /** Audit action of an export of this register (kept from before the registry, so old entries still read). */
  exportAction: string;
  columns: readonly Column[];
  /** The export query (the register page's filters, sort and search) as this register's list input. */
  query: z.ZodType<unknown>;
  /** Every row of the view, as cells by column key. */
  rows(db: Db, query: unknown, today: string): Record<string, OutCell>[];
  import?: RegisterImport<I>;
}
