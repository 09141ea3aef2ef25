// 年度保密自查自评报告 on A4: route print/self-assessment/<year>. The same object as the screen and the Word file:
// each area of art. 58 with its figures and the clerk's text, and the signature lines at the end.
import type { SelfAssessmentView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { PdfExportButton } from '../../components/PdfExportButton';
import { chineseNumber } from '../../../db/domain/numerals';
import { useRoute } from '../../shell/route';
import { RecordSheet, Signatures } from '../reviews/FormSheet';
import './yearbookPrint.css';

export function SelfAssessmentPrint() {
  const year = Number(useRoute().split('/')[2]);
  const title = `${year}年度保密自查自评报告`;
  return (
    <>
      <div className="print-toolbar no-print">
        <PdfExportButton title={title} />
      </div>
      <RecordSheet<SelfAssessmentView>
        title={title}
        back="reg/yearbook"
        load={() => call('yearbook:report', { year })}
        render={(r) => (
          <>
            <p className="print-meta">依据《保守国家秘密法实施条例》第五十八条，统计截至 {r.asOf}</p>
            {r.areas.map((a) => (
              <section key={a.area} className="yearbook-area">
                <h2 className="print-subtitle">
                  {chineseNumber(a.no)}、{a.title}
                </h2>
                {a.figures.length > 0 ? (
                  <table className="print-table yearbook-figures">
                    <tbody>
                      {a.figures.map((f) => (
                        <tr key={f.key}>
                          <td>{f.label}</td>
                          <td className="num">{f.value}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p className="yearbook-note">本系统未设该项登记，无统计数字。</p>
                )}
                {a.text.trim() ? (
                  a.text.split(/\n+/).map((p, i) => (
                    <p key={i} className="yearbook-text">
                      {p}
                    </p>
                  ))
                ) : (
                  <p className="yearbook-note">（未填写）</p>
                )}
              </section>
            ))}
            <Signatures who={['保密工作机构负责人', '单位主要负责人', '（单位盖章）']} />
          </>
        )}
      />
    </>
  );
}
