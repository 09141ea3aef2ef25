// 保密津贴发放表 (after the SCS 季度保密补贴考核发放表): one line per person with 应发 / 扣发 / 实发, the
// changes of clearance within the month, the deductions and their reasons, totals and signatures.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { AllowanceStatementView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import {
  ALLOWANCE_STATUS_LABELS,
  APPRAISAL_RESULT_LABELS,
  CLEARANCE_LABELS,
} from '../../../db/domain/labels';
import { yuan } from '../../registers/persons/personLabels';
import { navigate, useRoute } from '../../shell/route';
import { useSession } from '../../stores/session.store';
import '../persons/personPrints.css';
import './allowance.css';

export function PrintToolbar({ back }: { back: string }) {
  return (
    <Space className="print-toolbar no-print">
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)}>
        返回
      </Button>
      <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
        打印
      </Button>
    </Space>
  );
}

function periodText(period: string): string {
  const [y, m] = period.split('-');
  return `${y}年${Number(m)}月`;
}

export function AllowanceStatementPrint() {
  const id = Number(useRoute().split('/')[2]);
  const unit = useSession((s) => s.unit);
  const account = useSession((s) => s.account);
  const [s, setS] = useState<AllowanceStatementView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('allowance:get', { id }).then((r) => (r.ok ? setS(r.value) : setError(r.error.message)));
  }, [id]);
  if (!unit) return null;
  if (!s) return error ? <ErrorNote message={error} /> : <Spin />;
  return (
    <div className="print-route">
      <PrintToolbar back="reg/allowance" />
      <PrintFrame unitName={unit.name} title="保密津贴发放表">
        <p className="print-meta">
          {[
            `发放月份：${periodText(s.period)}`,
            `部门：${s.department ?? '全单位'}`,
            `标准（元/月）：核心 ${s.rates.core}、重要 ${s.rates.important}、一般 ${s.rates.general}`,
            ALLOWANCE_STATUS_LABELS[s.status],
          ].join('\u3000')}
        </p>
        <table className="print-table allowance-table">
          <thead>
            <tr>
              <th className="seq">序号</th>
              <th>姓名</th>
              <th>部门</th>
              <th>涉密等级</th>
              <th>年度考核</th>
              <th className="num">应发金额</th>
              <th className="num">扣发金额</th>
              <th className="num">实发金额</th>
              <th>变动原因</th>
              <th>扣发原因</th>
            </tr>
          </thead>
          <tbody>
            {s.lines.map((l, i) => (
              <tr key={l.personId}>
                <td className="seq">{i + 1}</td>
                <td className="nowrap">{l.name}</td>
                <td className="nowrap">{l.department}</td>
                <td className="nowrap">{CLEARANCE_LABELS[l.clearance]}</td>
                <td className="nowrap">
                  {l.appraisal ? `${l.appraisal.year}年 ${APPRAISAL_RESULT_LABELS[l.appraisal.result]}` : '—'}
                </td>
                <td className="num">{yuan(l.due)}</td>
                <td className="num">{l.deducted ? yuan(l.deducted) : ''}</td>
                <td className="num">{yuan(l.paid)}</td>
                <td>{l.changeNote ?? ''}</td>
                <td>{l.deductionReason ?? ''}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={5}>合计（{s.lines.length} 人，单位：元）</td>
              <td className="num">{yuan(s.totalDue)}</td>
              <td className="num">{yuan(s.totalDeducted)}</td>
              <td className="num">{yuan(s.totalPaid)}</td>
              <td colSpan={2} />
            </tr>
          </tbody>
        </table>
        <div className="print-signatures">
          <span>制表人：{account?.displayName}</span>
          <span>部门领导意见（签字）：</span>
          <span>保密办审核（签字）：</span>
        </div>
        <p className="print-meta">制表日期：{printDate(s.createdAt)}</p>
      </PrintFrame>
    </div>
  );
}
