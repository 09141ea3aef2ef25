// 年度保密工作台账 as one PDF book: route print/yearbook/<year>. A cover, the contents, then each section of
// REFERENCE §2.1 on its own pages with its headings repeated on every page; a section without rows prints its
// empty table with a note, never silently missing. Pages are numbered 第 N 页 共 M 页 by PrintFrame; the contents
// give each section's first page once a first pass has laid the book out.
import { useEffect, useState } from 'react';
import type { YearbookView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { PdfExportButton } from '../../components/PdfExportButton';
import { chineseNumber } from '../../../db/domain/numerals';
import { useRoute } from '../../shell/route';
import { RecordSheet, Signatures } from '../reviews/FormSheet';
import './yearbookPrint.css';

function Cover({ book }: { book: YearbookView }) {
  return (
    <section className="yearbook-cover yearbook-book">
      <div className="yearbook-cover-unit">{book.unitName}</div>
      <div className="yearbook-cover-title">{book.year}年度保密工作台账</div>
      <div className="yearbook-cover-meta">编制日期：{book.asOf}</div>
      <div className="yearbook-cover-meta yearbook-cover-head">
        审计日志末条序号 {book.auditHead.seq}（共 {book.auditHead.count} 条），哈希 {book.auditHead.hash}
      </div>
      <Signatures who={['保密员', '保密办负责人', '单位领导']} />
    </section>
  );
}

/** Each section's first page, once the first pass has laid the book out; null while it runs or if it cannot. */
type Starts = Record<string, number> | null;

function Contents({ book, starts, state }: { book: YearbookView; starts: Starts; state: string }) {
  return (
    <section className="yearbook-contents" data-paged={state}>
      <h2 className="print-subtitle">目录</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th>序号</th>
            <th>台账</th>
            <th>本年记录</th>
            <th>页码</th>
          </tr>
        </thead>
        <tbody>
          {book.sections.map((s, i) => (
            <tr key={s.id}>
              <td className="num">{chineseNumber(i + 1)}</td>
              <td>
                <a href={`#yearbook-${s.id}`}>{s.title}</a>
              </td>
              <td className="num">{s.rows.length}</td>
              <td className="num">{starts?.[`yearbook-${s.id}`] ?? (state === 'laying-out' ? '…' : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The book, and its contents' page numbers from a first pass: Chromium has no target-counter(), so the shell lays
 * the page out as a PDF once and reads where each section's link target fell (print:pageMap). The numbers fill a
 * column that was there from the start, one line per row, so the second pass (the PDF kept) breaks the same way.
 */
function Book({ book }: { book: YearbookView }) {
  const [starts, setStarts] = useState<Starts>(null);
  const [state, setState] = useState<'laying-out' | 'done' | 'unavailable'>('laying-out');
  useEffect(() => {
    let live = true;
    void document.fonts.ready
      .then(() => call('print:pageMap', {}))
      .then((r) => {
        if (!live) return;
        if (r.ok && r.value.pages > 0) setStarts(r.value.destinations);
        setState(r.ok && r.value.pages > 0 ? 'done' : 'unavailable');
      });
    return () => {
      live = false;
    };
  }, [book]);
  return (
    <>
      {/* Up to ten columns per register: landscape, so each cell stays readable. */}
      <style>{'@page { size: A4 landscape; }'}</style>
      <Cover book={book} />
      <Contents book={book} starts={starts} state={state} />
      {book.sections.map((s, i) => (
        <Section key={s.id} s={s} n={i + 1} />
      ))}
    </>
  );
}

type SectionView = YearbookView['sections'][number];

/**
 * Rows per table. Chromium lays out and paginates one long table in time that grows faster than its rows
 * (a 12,000-row table took 8.5 times the CPU of a 3,000-row one), so a section prints as a run of shorter tables
 * with the same fixed column widths: the headings stay on top of every page, and also head each new table.
 */
const ROWS_PER_TABLE = 500;

/** A cell's printed width in em: CJK and full-width characters take one, the rest a little over half. */
function ems(v: unknown): number {
  let w = 0;
  for (const ch of String(v ?? '')) w += ch.charCodeAt(0) >= 0x2e80 ? 1 : 0.55;
  return w;
}

/**
 * Column widths of a section, the same for every table of it, as Chromium's automatic layout would share the
 * page out: each column in proportion to its widest cell (cells break anywhere, so the narrowest is one
 * character), plus the cell's padding.
 */
function columnWidths(s: SectionView): number[] {
  const widest = s.headings.map((h) => ems(h));
  for (const r of s.rows) r.forEach((v, j) => (widest[j] = Math.max(widest[j] ?? 0, ems(v))));
  const weights = widest.map((w) => w + 1);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (100 * w) / total);
}

function Section({ s, n }: { s: SectionView; n: number }) {
  const widths = columnWidths(s);
  const head = (
    <>
      <colgroup>
        {widths.map((w, j) => (
          <col key={j} style={{ width: `${w.toFixed(2)}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {s.headings.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
    </>
  );
  const chunks: SectionView['rows'][] = [];
  for (let k = 0; k < s.rows.length; k += ROWS_PER_TABLE) chunks.push(s.rows.slice(k, k + ROWS_PER_TABLE));
  return (
    <section className="yearbook-section" data-section={s.id} id={`yearbook-${s.id}`}>
      <h2 className="print-subtitle">
        {chineseNumber(n)}、{s.title}
      </h2>
      {s.note ? <p className="yearbook-note">{s.note}</p> : null}
      {chunks.length === 0 ? (
        <table className="print-table yearbook-table">
          {head}
          <tbody>
            <tr>
              <td colSpan={s.headings.length} className="yearbook-empty">
                本年度无记录
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        chunks.map((rows, c) => (
          <table key={c} className="print-table yearbook-table">
            {head}
            <tbody>
              {rows.map((r, k) => (
                <tr key={k}>
                  {r.map((v, j) => (
                    <td key={j}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))
      )}
    </section>
  );
}

export function YearbookPrint() {
  const year = Number(useRoute().split('/')[2]);
  const title = `${year}年度保密工作台账`;
  return (
    <>
      <div className="print-toolbar no-print">
        <PdfExportButton title={title} />
      </div>
      <RecordSheet<YearbookView>
        title={title}
        back="reg/yearbook"
        load={() => call('yearbook:book', { year })}
        render={(book) => <Book book={book} />}
      />
    </>
  );
}
