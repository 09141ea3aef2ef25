/**
 * What the core asks of the shell that only the shell can do. Electron main implements it with the
 * window's webContents.printToPDF; the Chromium bridge (tests, `npm start` without Electron) with page.pdf.
 * The core decides where the file goes, writes it atomically and audits it, whoever rendered it.
 */
export interface ShellPort {
  /** The page as shown now (a print route), as an A4 PDF honouring the page's own @page rules. */
  pagePdf(): Promise<Uint8Array>;
  /**
   * Show one printed part of the page (a book printed in parts, renderer/prints/yearbook/bookParts.ts), or the
   * whole page again with null: runs printPartScript in the page. Absent: a print in parts is printed whole.
   */
  showPrintPart?(part: number | null): Promise<void>;
  /**
   * The system's own open/save/folder dialog, filtered for the use; null when the clerk cancelled. Absent
   * where there is no system dialog (the Chromium bridge): the renderer then shows the in-app picker.
   */
  pickPath?(request: PickRequest): Promise<string | null>;
}

export interface PickRequest {
  mode: 'open' | 'save' | 'folder';
  title: string;
  extensions: readonly string[];
  filterName: string;
  startIn?: string;
  suggestedName?: string;
}

/**
 * The script a shell runs in the page to show one printed part (or, with null, all): the page's own print rules
 * hide every other part's pages when the root element says which part is printed. One text for both shells.
 */
export function printPartScript(part: number | null): string {
  return part === null
    ? 'delete document.documentElement.dataset.printPart'
    : `document.documentElement.dataset.printPart = ${JSON.stringify(String(part))}`;
}
