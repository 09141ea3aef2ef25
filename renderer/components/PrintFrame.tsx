// A4 pages for the forms that get signed on paper. The unit name heads every page and every page is
// numbered 第 N 页 共 M 页 by the page's own margin boxes (CSS paged media), so the numbers are right in
// Chromium's page.pdf() and in Electron's webContents.printToPDF alike, however the content breaks.
import type { ReactNode } from 'react';
import { printDate } from '../i18n/format';

/** A CSS string literal: the unit name goes into a `content:` declaration. */
function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
}

function pageRules(unitName: string, title: string): string {
  const box = "font-family: 'Noto Sans SC', sans-serif; font-size: 9pt; color: #333;";
  return `@page {
  size: A4;
  margin: 20mm 18mm 18mm 18mm;
  @top-left { content: ${cssString(unitName)}; ${box} }
  @top-right { content: ${cssString(title)}; ${box} }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; ${box} }
}`;
}

export function PrintFrame({
  unitName,
  title,
  printedOn = new Date(),
  children,
}: {
  unitName: string;
  title: string;
  /** The day printed in the foot: a print whose data the core dated passes the core's day (its clock). */
  printedOn?: Date | string;
  children: ReactNode;
}) {
  return (
    <div className="print-frame">
      <style>{pageRules(unitName, title)}</style>
      <article className="print-sheet" aria-label={`${title}（打印预览）`}>
        <header className="print-head">
          <div className="print-unit">{unitName}</div>
          <h1 className="print-title">{title}</h1>
        </header>
        <div className="print-body">{children}</div>
        <footer className="print-foot">打印日期：{printDate(printedOn)}</footer>
      </article>
    </div>
  );
}
