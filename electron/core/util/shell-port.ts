/**
 * What the core asks of the shell that only the shell can do. Electron main implements it with the
 * window's webContents.printToPDF; the Chromium bridge (tests, `npm start` without Electron) with page.pdf.
 * The core decides where the file goes, writes it atomically and audits it, whoever rendered it.
 */
export interface ShellPort {
  /** The page as shown now (a print route), as an A4 PDF honouring the page's own @page rules. */
  pagePdf(): Promise<Uint8Array>;
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
