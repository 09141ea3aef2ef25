// 年度保密工作台账 as one PDF book: route print/yearbook/<year>. A cover, the contents, then each section of
// REFERENCE §2.1 on its own pages with its headings repeated on every page; a section without rows prints its
// empty table with a note, never silently missing. Pages are numbered 第 N 页 共 M 页 by PrintFrame.
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

function Contents({ book }: { book: YearbookView }) {
  return (
    <section className="yearbook-contents">
      <h2 className="print-subtitle">目录</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th>序号</th>
            <th>台账</th>
            <th>本年记录</th>
          </tr>
        </thead>
        <tbody>
          {book.sections.map((s, i) => (
            <tr key={s.id}>
              <td className="num">{chineseNumber(i + 1)}</td>
              <td>{s.title}</td>
              <td className="num">{s.rows.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
        render={(book) => (
          <>
            {/* Up to ten columns per register: landscape, so each cell stays readable. */}
            <style>{'@page { size: A4 landscape; }'}</style>
            <Cover book={book} />
            <Contents book={book} />
            {book.sections.map((s, i) => (
              <section key={s.id} className="yearbook-section" data-section={s.id}>
                <h2 className="print-subtitle">
                  {chineseNumber(i + 1)}、{s.title}
                </h2>
                {s.note ? <p className="yearbook-note">{s.note}</p> : null}
                <table className="print-table yearbook-table">
                  <thead>
                    <tr>
                      {s.headings.map((h) => (
                        <th key={h}>{h}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {s.rows.length === 0 ? (
                      <tr>
                        <td colSpan={s.headings.length} className="yearbook-empty">
                          本年度无记录
                        </td>
                      </tr>
                    ) : (
                      s.rows.map((r, k) => (
                        <tr key={k}>
                          {r.map((c, j) => (
                            <td key={j}>{c}</td>
                          ))}
                        </tr>
                      ))
                    )}
                  </tbody>
                </table>
              </section>
            ))}
          </>
        )}
      />
    </>
  );
}
