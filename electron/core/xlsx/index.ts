// The xlsx domain's public entry: the column registry (each register's headings, how a row is read and written)
// for the year book and the registers' own export channels, and the export of one register's view.
export { REGISTER_COLUMNS, registerColumns } from './registers';
export type { Column, OutCell, RegisterColumns, RegisterImport } from './registers';
export { addSheet, exportRegister, registerWorkbook, type SheetSpec } from './export';
export * as cellValues from './values';
