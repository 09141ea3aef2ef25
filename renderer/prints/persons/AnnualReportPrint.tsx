// 年度报备 (issue 5 item 9) on paper: route print/annual-report/<year>.
import { InputNumber, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { AnnualReport, AnnualReportLeaver, TrainingFigures } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import { navigate, useRoute } from '../../shell/route';
import { useSession } from '../../stores/session.store';
import {
  APPRAISAL_RESULT_LABELS,
  CLEARANCE_LABELS,
  LEAVING_KIND_LABELS,
  SANCTION_KIND_LABELS,
} from '../../../db/domain/labels';
import { APPRAISAL_RESULTS, CLEARANCES, SANCTION_KINDS } from '../../../db/domain/vocab';
import { PrintToolbar } from '../allowance/AllowanceStatementPrint';
import { Part } from './PersonDossierPrint';
import './personPrints.css';

const d8 = (s: string | null | undefined) => printDate(s);
const level = (c: AnnualReport['joiners'][number]['clearance']) => (c ? CLEARANCE_LABELS[c] : '未确定');
const leaverRow = (l: AnnualReportLeaver) => [
  l.name,
  l.department,
  level(l.clearance),
  LEAVING_KIND_LABELS[l.kind],
  d8(l.on),
  d8(l.separationEndsOn),
];

export function AnnualReportPrint() {
  const year = Number(useRoute().split('/')[2]);
  const unit = useSession((s) => s.unit);
  const [r, setR] = useState<AnnualReport | null>(null);
  const [t, setT] = useState<TrainingFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('persons:annualReport', { year }).then((x) =>
      x.ok ? setR(x.value) : setError(x.error.message),
    );
    // The year's 保密教育培训 and 考核 figures, kept by the trainings register.
    void call('trainings:figures', { year }).then((x) => (x.ok ? setT(x.value) : setError(x.error.message)));
  }, [year]);
  if (!unit) return null;
  if (!r || !t) return error ? <ErrorNote message={error} /> : <Spin />;
  const c = r.byClearance;
  return (
    <div className="print-route">
      <PrintToolbar back="reg/persons" />
      <div className="print-toolbar no-print">
        年度：
        <InputNumber
          aria-label="年度"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && navigate(`print/annual-report/${v}`)}
        />
      </div>
      <PrintFrame unitName={unit.name} title={`${year}年度涉密人员报备表`}>
        <p className="print-meta">统计截至：{d8(r.asOf)}</p>
        <Part
          title="在岗涉密人员"
          head={['部门', ...CLEARANCES.map((c) => CLEARANCE_LABELS[c]), '合计']}
          rows={[
            ...r.byDepartment.map((d) => [
              d.department,
              d.byClearance.core,
              d.byClearance.important,
              d.byClearance.general,
              d.total,
            ]),
            ['合计', c.core, c.important, c.general, r.inPost],
          ]}
        />
        <Part
          title={`本年度新上岗（${r.joiners.length}人）`}
          head={['姓名', '部门', '涉密等级', '上岗日期']}
          rows={r.joiners.map((j) => [j.name, j.department, level(j.clearance), d8(j.on)])}
        />
        <Part
          title={`本年度离岗离职（${r.leavers.length}人）`}
          head={['姓名', '部门', '涉密等级', '类型', '批准日期', '脱密期至']}
          rows={r.leavers.map(leaverRow)}
        />
        <Part
          title={`年末处于脱密期（${r.inSeparation.length}人）`}
          head={['姓名', '部门', '涉密等级', '类型', '批准日期', '脱密期至']}
          rows={r.inSeparation.map(leaverRow)}
        />
        <Part
          title="本年度因私出国(境)"
          head={['申请', '批准', '不予批准', '已回国']}
          rows={[[r.travel.applied, r.travel.approved, r.travel.refused, r.travel.returned]]}
        />
        <Part
          title="本年度保密教育培训"
          head={['举办培训（次）', '参训（人次）', '在岗涉密人员', '未达培训下限（人）']}
          rows={[
            [
              t.trainingSessionsInYear,
              t.trainingAttendancesInYear,
              t.peopleInPostForTraining,
              t.peopleUnderTrainingFloor,
            ],
          ]}
        />
        <Part
          title="本年度考核与奖惩"
          head={[
            ...APPRAISAL_RESULTS.map((a) => `考核${APPRAISAL_RESULT_LABELS[a]}`),
            ...SANCTION_KINDS.map((k) => SANCTION_KIND_LABELS[k]),
          ]}
          rows={[
            [
              ...APPRAISAL_RESULTS.map((a) => t.appraisalsInYearByResult[a] ?? 0),
              ...SANCTION_KINDS.map((k) => t.sanctionsInYearByKind[k] ?? 0),
            ],
          ]}
        />
        <div className="print-signatures">
          <span>填报人（签字）：</span>
          <span>单位（盖章）：</span>
          <span>日期：{printDate(new Date())}</span>
        </div>
      </PrintFrame>
    </div>
  );
}
