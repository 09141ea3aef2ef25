// 涉密人员年度考核表: one year's 考核 of the unit's 涉密人员 (结果, 笔试成绩, 考核人, 日期, 备注), with the
// signatures of the 保密委员会.
import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { AppraisalView } from '../../../electron/ipc/contract';
import { APPRAISAL_RESULT_LABELS, CLEARANCE_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import { PrintToolbar } from '../allowance/AllowanceStatementPrint';
import { useRoute } from '../../shell/route';
import { useSession } from '../../stores/session.store';
import '../persons/personPrints.css';

export function AppraisalPrint() {
  const year = Number(useRoute().split('/')[2]);
  const unit = useSession((s) => s.unit);
  const [rows, setRows] = useState<AppraisalView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Every page of the year's 年度考核 (500 a page), so a large unit's table is whole.
    const all: AppraisalView[] = [];
    const read = async (page: number): Promise<void> => {
      const r = await call('trainings:appraisals', { year, kind: 'annual', page, pageSize: 500 });
      if (!r.ok) return setError(r.error.message);
      all.push(...r.value.rows);
      if (all.length < r.value.total && r.value.rows.length) return read(page + 1);
      setRows([...all].reverse());
    };
    void read(1);
  }, [year]);
  if (!unit) return null;
  if (!rows) return error ? <ErrorNote message={error} /> : <Spin />;
  return (
    <div className="print-route">
      <PrintToolbar back="reg/trainings" />
      <PrintFrame unitName={unit.name} title={`${year} 年度涉密人员考核表`}>
        <table className="print-table">
          <thead>
            <tr>
              <th className="seq">序号</th>
              <th>姓名</th>
              <th>部门</th>
              <th>涉密等级</th>
              <th>考核结果</th>
              <th className="num">笔试成绩</th>
              <th>考核人</th>
              <th>考核日期</th>
              <th>备注</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a, i) => (
              <tr key={a.id}>
                <td className="seq">{i + 1}</td>
                <td className="nowrap">{a.name}</td>
                <td className="nowrap">{a.department}</td>
                <td className="nowrap">{a.clearance ? CLEARANCE_LABELS[a.clearance] : ''}</td>
                <td className="nowrap">{APPRAISAL_RESULT_LABELS[a.result]}</td>
                <td className="num">{a.score ?? ''}</td>
                <td className="nowrap">{a.appraiser}</td>
                <td className="nowrap">{printDate(a.appraisedOn)}</td>
                <td>
                  {[a.remarks, a.reviewNote ? `复核：${a.reviewNote}` : null].filter(Boolean).join('；')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="print-signatures">
          <span>保密办（签字）：</span>
          <span>保密委员会（签字）：</span>
        </div>
      </PrintFrame>
    </div>
  );
}
