// 保密教育培训登记表: one session (时间, 形式, 主办, 主讲, 范围, 内容, 学时) and its attendance with a signature
// column for each attendee, after the BMP 宣传教育培训 fields and the SCS 岗前保密教育培训记录表.
import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { SessionView } from '../../../electron/ipc/contract';
import {
  ATTENDANCE_STATUS_LABELS,
  SESSION_FORM_LABELS,
  TRAINING_KIND_LABELS,
} from '../../../db/domain/labels';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import { PrintToolbar } from '../allowance/AllowanceStatementPrint';
import { useRoute } from '../../shell/route';
import { useSession } from '../../stores/session.store';
import '../persons/personPrints.css';

export function SessionPrint() {
  const id = Number(useRoute().split('/')[2]);
  const unit = useSession((s) => s.unit);
  const [s, setS] = useState<SessionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('trainings:get', { sessionId: id }).then((r) =>
      r.ok ? setS(r.value) : setError(r.error.message),
    );
  }, [id]);
  if (!unit) return null;
  if (!s) return error ? <ErrorNote message={error} /> : <Spin />;
  return (
    <div className="print-route">
      <PrintToolbar back="reg/trainings" />
      <PrintFrame unitName={unit.name} title="保密教育培训登记表">
        <table className="print-table">
          <tbody>
            <tr>
              <th>培训主题</th>
              <td colSpan={3}>{s.topic}</td>
            </tr>
            <tr>
              <th>时间</th>
              <td>{printDate(s.heldOn ?? s.plannedOn)}</td>
              <th>形式</th>
              <td>
                {SESSION_FORM_LABELS[s.form]}（{TRAINING_KIND_LABELS[s.purpose]}）
              </td>
            </tr>
            <tr>
              <th>主办</th>
              <td>{s.organizer ?? ''}</td>
              <th>主讲</th>
              <td>{s.speaker ?? ''}</td>
            </tr>
            <tr>
              <th>范围</th>
              <td>{s.scope ?? ''}</td>
              <th>学时 / 参加人数</th>
              <td>
                {s.hours} 学时 / {s.present} 人
              </td>
            </tr>
            <tr>
              <th>主要内容</th>
              <td colSpan={3}>{s.content}</td>
            </tr>
          </tbody>
        </table>
        <table className="print-table">
          <thead>
            <tr>
              <th className="seq">序号</th>
              <th>部门</th>
              <th>姓名</th>
              <th>出席情况</th>
              <th>本人签字</th>
            </tr>
          </thead>
          <tbody>
            {s.attendance.map((a, i) => (
              <tr key={a.id}>
                <td className="seq">{i + 1}</td>
                <td className="nowrap">{a.department}</td>
                <td className="nowrap">{a.name}</td>
                <td>
                  {ATTENDANCE_STATUS_LABELS[a.status]}
                  {a.absenceReason ? `（${a.absenceReason}）` : ''}
                  {a.madeUpOn ? ` ${printDate(a.madeUpOn)}` : ''}
                </td>
                <td style={{ width: '30%' }} />
              </tr>
            ))}
          </tbody>
        </table>
        <div className="print-signatures">
          <span>记录人：{s.recorder ?? ''}</span>
          <span>保密办负责人（签字）：</span>
        </div>
      </PrintFrame>
    </div>
  );
}
