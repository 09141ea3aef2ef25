// 涉密人员档案: one person's dynamic personnel file on paper — the 登记表 facts, posts, clearance decisions
// and history, vetting, training, pledges, travel and passports, leaving and 脱密期, what they hold, incidents.
import { Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { PersonDossier, StepView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import {
  APPROVAL_DECISION_LABELS,
  CLEARANCE_LABELS,
  DEVICE_KIND_LABELS,
  GENDER_LABELS,
  LEAVING_KIND_LABELS,
  LEVEL_LABELS,
  PASSPORT_KIND_LABELS,
  PERSON_STATUS_LABELS,
  PLEDGE_KIND_LABELS,
  TRAINING_KIND_LABELS,
  TRAVEL_STATUS_LABELS,
  VETTING_KIND_LABELS,
  VETTING_RESULT_LABELS,
} from '../../../db/domain/labels';
import { stepName } from '../../registers/persons/personLabels';
import { useRoute } from '../../shell/route';
import { useSession } from '../../stores/session.store';
import { PrintToolbar } from '../allowance/AllowanceStatementPrint';
import './personPrints.css';

const d8 = (s: string | null | undefined) => printDate(s);

/** A titled table of rows, or 无 when there are none (an empty part of the file is stated, not left out). */
export function Part({ title, head, rows }: { title: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <>
      <h2 className="print-subtitle">{title}</h2>
      {rows.length ? (
        <table className="print-table">
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="print-none">无</p>
      )}
    </>
  );
}

export function Facts({ d }: { d: PersonDossier }) {
  const p = d.person;
  const rows: [string, ReactNode, string, ReactNode][] = [
    ['姓名', p.name, '性别', GENDER_LABELS[p.gender]],
    ['证件号码', p.idNumber, '政治面貌', p.politicalStatus ?? ''],
    ['所属部门', p.department, '联系方式', p.phone ?? ''],
    ['涉密等级', p.clearance ? CLEARANCE_LABELS[p.clearance] : '未确定', '确定时间', d8(p.clearedOn)],
    [
      '接触最高密级',
      p.highestLevel ? LEVEL_LABELS[p.highestLevel] : '',
      '状态',
      PERSON_STATUS_LABELS[p.status],
    ],
    ['定密责任人', p.isClassifier ? '是' : '否', '要害部门人员', p.isKeyDeptStaff ? '是' : '否'],
    ['上岗证号', p.postCertNo ?? '', '上岗日期', d8(p.postedOn)],
    [
      '下次复审',
      d8(p.nextVettingOn),
      '脱密期',
      p.separationEndsOn ? `${d8(p.leftOn)}至${d8(p.separationEndsOn)}` : '',
    ],
  ];
  return (
    <table className="print-table dossier-table">
      <tbody>
        {rows.map((r) => (
          <tr key={r[0]}>
            <th>{r[0]}</th>
            <td>{r[1]}</td>
            <th>{r[2]}</th>
            <td>{r[3]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An approval on paper: the date written out (the screen's stepText writes 2026-01-05). */
export function printStepText(s: StepView): string {
  const who = `${s.approverName}${s.approverTitle ? `（${s.approverTitle}）` : ''}`;
  return [who, d8(s.decidedAt), APPROVAL_DECISION_LABELS[s.decision], s.documentNo ?? '', s.opinion ?? '']
    .filter(Boolean)
    .join('，');
}

/** 岗位 and 涉密等级审定: on the dossier and on the 登记表 alike. */
export function PostsAndDecisions({ d }: { d: PersonDossier }) {
  return (
    <>
      <Part
        title="涉密岗位"
        head={['岗位', '岗位密级', '任职日期', '离开日期']}
        rows={d.person.posts.map((x) => [x.post, LEVEL_LABELS[x.level], d8(x.startedOn), d8(x.endedOn)])}
      />
      <Part
        title="涉密等级审定"
        head={['审定', '各环节（审批人、日期、结论、文号、意见）']}
        rows={
          d.clearanceDecisions.length || !d.person.clearance
            ? d.clearanceDecisions.map((x) => [
                `${x.fromClearance ? CLEARANCE_LABELS[x.fromClearance] : '未确定'}→${CLEARANCE_LABELS[x.toClearance]}`,
                x.steps.map((s) => `${stepName(s.step)}：${printStepText(s)}`).join('；'),
              ])
            : // A clearance entered with the person (登记, import) has no chain here: the paper still states it.
              [
                [
                  CLEARANCE_LABELS[d.person.clearance],
                  `${d8(d.person.clearedOn) || '日期未登记'}确定（审定各环节未在本系统登记）`,
                ],
              ]
        }
      />
    </>
  );
}

/** A person's sheet on route print/<sheet>/<person id>: the dossier loaded, the toolbar, the A4 frame. */
export function PersonPrintPage({ title, sheet }: { title: string; sheet: (d: PersonDossier) => ReactNode }) {
  const id = Number(useRoute().split('/')[2]);
  const unit = useSession((s) => s.unit);
  const [d, setD] = useState<PersonDossier | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('persons:dossier', { id }).then((r) => (r.ok ? setD(r.value) : setError(r.error.message)));
  }, [id]);
  if (!unit) return null;
  if (!d) return error ? <ErrorNote message={error} /> : <Spin />;
  return (
    <div className="print-route">
      <PrintToolbar back={`reg/persons/${id}`} />
      <PrintFrame unitName={unit.name} title={title}>
        {sheet(d)}
      </PrintFrame>
    </div>
  );
}

export function PersonDossierPrint() {
  return <PersonPrintPage title="涉密人员档案" sheet={(d) => <DossierSheet d={d} />} />;
}

function DossierSheet({ d }: { d: PersonDossier }) {
  return (
    <>
      <Facts d={d} />
      <PostsAndDecisions d={d} />
      <Part
        title="涉密等级变更记录"
        head={['日期', '原等级', '现等级', '说明']}
        rows={d.clearanceHistory.map((h) => [
          d8(h.on),
          h.from ? CLEARANCE_LABELS[h.from] : '未确定',
          h.to ? CLEARANCE_LABELS[h.to] : '无',
          h.summary,
        ])}
      />
      <Part
        title="审查与复审"
        head={['类型', '日期', '结论', '与境外联系', '下次复审']}
        rows={d.vettings.map((v) => [
          VETTING_KIND_LABELS[v.kind],
          d8(v.vettedOn),
          VETTING_RESULT_LABELS[v.result],
          v.form.foreignContacts ?? '',
          d8(v.nextDueOn),
        ])}
      />
      <Part
        title="保密教育培训"
        head={['类型', '日期', '学时', '内容']}
        rows={d.trainings.map((t) => [TRAINING_KIND_LABELS[t.kind], d8(t.trainedOn), t.hours, t.content])}
      />
      <Part
        title="保密承诺书与责任书"
        head={['类型', '签订日期', '年度']}
        rows={d.pledges.map((x) => [PLEDGE_KIND_LABELS[x.kind], d8(x.signedOn), x.year ?? ''])}
      />
      <Part
        title="因私出国(境)"
        head={['前往国家(地区)', '事由', '行程', '状态']}
        rows={d.travel.map((t) => [
          t.destination,
          t.purpose,
          `${d8(t.plannedDepartOn)}至${d8(t.plannedReturnOn)}`,
          TRAVEL_STATUS_LABELS[t.status],
        ])}
      />
      <Part
        title="单位保管的证照"
        head={['证照', '号码', '保管状态']}
        rows={d.passports.map((x) => [
          PASSPORT_KIND_LABELS[x.kind],
          x.number,
          x.inCustody ? '在单位保管' : `${d8(x.handedOutOn)}领出`,
        ])}
      />
      <Part
        title="离岗离职"
        head={['类型', '开始办理', '审批日期', '脱密期']}
        rows={d.leaving.map((l) => [
          LEAVING_KIND_LABELS[l.kind],
          d8(l.startedOn),
          d8(l.approvedOn),
          l.separationEndsOn ? `${l.separationYears ?? ''}年，至${d8(l.separationEndsOn)}` : '',
        ])}
      />
      <Part
        title="持有的涉密载体"
        head={['编号', '名称', '密级', '份号']}
        rows={d.holds.map((h) => [h.carrierNo, h.name, LEVEL_LABELS[h.level], `第${h.copyNo}份`])}
      />
      <Part
        title="负责或借用的设备与存储介质"
        head={['保密编号', '类型', '密级', '关系']}
        rows={d.devices.map((h) => [
          h.deviceNo,
          DEVICE_KIND_LABELS[h.kind],
          h.level ? LEVEL_LABELS[h.level] : '非涉密',
          h.how === 'holder' ? '借用/携带外出' : '责任人',
        ])}
      />
      <Part
        title="泄密事件/违规行为"
        head={['事件', '日期', '角色']}
        rows={d.incidents.map((x) => [x.title, d8(x.occurredOn), x.role])}
      />
      <Part
        title="承担的保密工作"
        head={['台账', '事项', '日期', '角色']}
        rows={d.work.map((w) => [w.register, w.title, d8(w.on), w.role])}
      />
      <div className="print-signatures">
        <span>本人（签字）：</span>
        <span>保密工作机构（盖章）：</span>
        <span>日期：{printDate(new Date())}</span>
      </div>
    </>
  );
}
