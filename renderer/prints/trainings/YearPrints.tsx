// 年度培训情况统计表 (each session held in the year: 时间, 形式, 范围, 参加人数, 主要内容, after the 台账's 宣传教育培训
// part, with plan vs held and who is under the floor) and 奖惩登记表 (事项/人员, 时间, 奖励, 惩处, 审批).
import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { Matrix, PlanSummary, SanctionView, SessionRow } from '../../../electron/ipc/contract';
import { SANCTION_APPROVER_LABELS, SESSION_FORM_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import { PrintToolbar } from '../allowance/AllowanceStatementPrint';
import { useRoute } from '../../shell/route';
import { useSession } from '../../stores/session.store';
import '../persons/personPrints.css';

interface YearData {
  sessions: SessionRow[];
  plan: PlanSummary;
  matrix: Matrix;
  sanctions: SanctionView[];
}

function useYear(year: number) {
  const [data, setData] = useState<YearData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void Promise.all([
      call('trainings:list', { year, status: 'held', page: 1, pageSize: 500 }),
      call('trainings:planSummary', { year }),
      call('trainings:matrix', { year, page: 1, pageSize: 1, underFloorOnly: false }),
      call('trainings:sanctions', { year, page: 1, pageSize: 500 }),
    ]).then(([s, p, m, x]) => {
      if (!s.ok || !p.ok || !m.ok || !x.ok) {
        const failed = [s, p, m, x].find((r) => !r.ok);
        return setError(failed && !failed.ok ? failed.error.message : '读取失败');
      }
      setData({
        sessions: [...s.value.rows].reverse(),
        plan: p.value,
        matrix: m.value,
        sanctions: x.value.rows,
      });
    });
  }, [year]);
  return { data, error };
}

export function TrainingYearPrint() {
  const year = Number(useRoute().split('/')[2]);
  const unit = useSession((s) => s.unit);
  const { data, error } = useYear(year);
  if (!unit) return null;
  if (!data) return error ? <ErrorNote message={error} /> : <Spin />;
  const { plan, matrix } = data;
  return (
    <div className="print-route">
      <PrintToolbar back="reg/trainings" />
      <PrintFrame unitName={unit.name} title={`${year} 年度培训情况统计表`}>
        <p className="print-meta">
          {`年度学习计划 ${plan.planned} 次，已举办 ${plan.held} 次，未举办 ${plan.pending} 次，取消 ${plan.cancelled} 次，计划外 ${plan.heldUnplanned} 次；在岗涉密人员 ${matrix.inPost} 人，未达培训下限 ${matrix.underFloor} 人。`}
        </p>
        <table className="print-table">
          <thead>
            <tr>
              <th className="seq">序号</th>
              <th>时间</th>
              <th>形式</th>
              <th>范围</th>
              <th className="num">参加人数</th>
              <th className="num">学时</th>
              <th>主要内容</th>
            </tr>
          </thead>
          <tbody>
            {data.sessions.map((s, i) => (
              <tr key={s.id}>
                <td className="seq">{i + 1}</td>
                <td className="nowrap">{printDate(s.heldOn)}</td>
                <td className="nowrap">{SESSION_FORM_LABELS[s.form]}</td>
                <td>{s.scope ?? ''}</td>
                <td className="num">{s.present}</td>
                <td className="num">{s.hours}</td>
                <td>{s.topic}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="print-signatures">
          <span>填表人：</span>
          <span>保密办负责人（签字）：</span>
        </div>
      </PrintFrame>
    </div>
  );
}

export function SanctionsPrint() {
  const year = Number(useRoute().split('/')[2]);
  const unit = useSession((s) => s.unit);
  const { data, error } = useYear(year);
  if (!unit) return null;
  if (!data) return error ? <ErrorNote message={error} /> : <Spin />;
  return (
    <div className="print-route">
      <PrintToolbar back="reg/trainings" />
      <PrintFrame unitName={unit.name} title={`${year} 年度奖惩登记表`}>
        <table className="print-table">
          <thead>
            <tr>
              <th className="seq">序号</th>
              <th>事项/人员</th>
              <th>时间</th>
              <th>奖励</th>
              <th>惩处</th>
              <th>依据</th>
              <th>审批</th>
            </tr>
          </thead>
          <tbody>
            {[...data.sanctions].reverse().map((s, i) => (
              <tr key={s.id}>
                <td className="seq">{i + 1}</td>
                <td>
                  {s.matter}（{s.subject}）{s.source ? <div>来源：{s.source}</div> : null}
                </td>
                <td className="nowrap">{printDate(s.on)}</td>
                <td>{s.kind === 'reward' ? s.category : ''}</td>
                <td>{s.kind === 'penalty' ? s.category : ''}</td>
                <td>{s.basis}</td>
                <td className="nowrap">
                  {SANCTION_APPROVER_LABELS[s.approver]} {printDate(s.approvedOn)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="print-signatures">
          <span>保密委员会（签字）：</span>
        </div>
      </PrintFrame>
    </div>
  );
}
