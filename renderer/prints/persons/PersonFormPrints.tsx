// The four forms of one person that are signed on paper (issue 5 item 10): 涉密人员登记表, 资格审查表,
// 离岗审批表 and 出国(境)审批表, filled from the person's dossier. Route: print/person-<form>/<id>[/<record id>];
// without a record id the leaving and travel forms take the latest one.
import type { ReactNode } from 'react';
import type { PersonDossier } from '../../../electron/ipc/contract';
import { printDate } from '../../i18n/format';
import {
  CLEARANCE_LABELS,
  LEAVING_KIND_LABELS,
  TRAVEL_STATUS_LABELS,
  VETTING_KIND_LABELS,
  VETTING_RESULT_LABELS,
} from '../../../db/domain/labels';
import { stepName } from '../../registers/persons/personLabels';
import { useRoute } from '../../shell/route';
import { Facts, Part, PersonPrintPage, PostsAndDecisions, printStepText } from './PersonDossierPrint';
import './personPrints.css';

export const PERSON_FORMS = {
  'person-register': '涉密人员登记表',
  'person-vetting': '涉密人员资格审查表',
  'person-leaving': '涉密人员离岗审批表',
  'person-travel': '涉密人员因私出国(境)审批表',
} as const;
export type PersonForm = keyof typeof PERSON_FORMS;

const d8 = (s: string | null | undefined) => printDate(s);

/** Label/value pairs, two to a row, the way the paper forms lay them out. */
function Grid({ rows }: { rows: [string, ReactNode][] }) {
  const pairs: [string, ReactNode][][] = [];
  for (let i = 0; i < rows.length; i += 2) pairs.push(rows.slice(i, i + 2));
  return (
    <table className="print-table dossier-table">
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair[0]?.[0]}>
            {pair.map(([k, v]) => (
              <Cell key={k} k={k} v={v} wide={pair.length === 1} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({ k, v, wide }: { k: string; v: ReactNode; wide: boolean }) {
  return (
    <>
      <th>{k}</th>
      <td colSpan={wide ? 3 : 1}>{v}</td>
    </>
  );
}

function Signatures({ parts }: { parts: string[] }) {
  return (
    <div className="print-signatures">
      {parts.map((p) => (
        <span key={p}>{p}（签字）：</span>
      ))}
      <span>日期：{printDate(new Date())}</span>
    </div>
  );
}

function RegisterForm({ d }: { d: PersonDossier }) {
  return (
    <>
      <Facts d={d} />
      <PostsAndDecisions d={d} />
      <Signatures parts={['本人', '部门负责人', '保密工作机构']} />
    </>
  );
}

function VettingForm({ d }: { d: PersonDossier }) {
  const v = d.vettings[0];
  const f = v?.form;
  const p = d.person;
  return (
    <>
      <Grid
        rows={[
          ['姓名', p.name],
          ['曾用名', f?.formerNames ?? ''],
          ['证件号码', p.idNumber],
          ['民族', f?.ethnicity ?? ''],
          ['所属部门', p.department],
          ['政治面貌', p.politicalStatus ?? ''],
          ['籍贯', f?.nativePlace ?? ''],
          ['文化程度', f?.education ?? ''],
          ['技术专业/职称', f?.professionalTitle ?? ''],
          ['掌握语言', f?.languages ?? ''],
          ['因私证照号', f?.passportNo ?? ''],
          ['户籍派出所', f?.householdPolice ?? ''],
          ['家庭住址', f?.address ?? ''],
          ['留学经历', f?.studyAbroad ?? ''],
          ['原单位及岗位', [f?.previousEmployer, f?.previousPost].filter(Boolean).join('　')],
          ['与境外联系', f?.foreignContacts ?? ''],
          ['政治表现', f?.politicalConduct ?? ''],
          ['现实表现', f?.conduct ?? ''],
          ['人力资源部意见', f?.hrOpinion ?? ''],
          ['保密办意见', f?.secrecyOfficeOpinion ?? ''],
          ['保密委员会审批意见', f?.committeeOpinion ?? ''],
        ]}
      />
      <Part
        title="本人简历"
        head={['起', '止', '单位', '岗位/职务', '证明人']}
        rows={(f?.history ?? []).map((h) => [h.from, h.to, h.employer, h.post, h.witness])}
      />
      <Part
        title="家庭主要成员"
        head={['关系', '姓名', '年龄', '国籍/籍贯']}
        rows={(f?.family ?? []).map((m) => [m.relation, m.name, m.age ?? '', m.nationality ?? ''])}
      />
      <Part
        title="审查结论"
        head={['类型', '审查日期', '结论', '下次复审']}
        rows={d.vettings.map((x) => [
          VETTING_KIND_LABELS[x.kind],
          d8(x.vettedOn),
          VETTING_RESULT_LABELS[x.result],
          d8(x.nextDueOn),
        ])}
      />
      <Signatures parts={['审查人', '部门负责人', '单位领导']} />
    </>
  );
}

function LeavingForm({ d, recordId }: { d: PersonDossier; recordId: number | null }) {
  const l = d.leaving.find((x) => x.id === recordId) ?? d.leaving[0];
  if (!l) return <p className="print-none">该人员没有离岗离职记录。</p>;
  const a = l.approval;
  return (
    <>
      <Grid
        rows={[
          ['姓名', d.person.name],
          ['所属部门', d.person.department],
          ['涉密等级', l.clearance ? CLEARANCE_LABELS[l.clearance] : ''],
          ['离岗类型', LEAVING_KIND_LABELS[l.kind]],
          ['开始办理', d8(l.startedOn)],
          ['去向', l.destination ?? ''],
          ['事由', l.reason],
          ['谈话提醒', l.talkOn ? `${d8(l.talkOn)}，${l.talkPresent.map((x) => x.name).join('、')}` : ''],
          ['涉密载体清退', l.carriersClearedOn ? `${d8(l.carriersClearedOn)}已清退` : '未清退'],
          [
            '设备交还',
            l.devicesReturned.length ? `${d8(l.devicesReturnedOn)}，${l.devicesReturned.join('、')}` : '',
          ],
          ['账号处置', d8(l.accountDoneOn)],
          ['离岗承诺书', l.pledgeId ? '已签订' : '未签订'],
          ['审批人', a ? `${a.approverName}${a.approverTitle ? `（${a.approverTitle}）` : ''}` : ''],
          ['审批日期', d8(l.approvedOn)],
          ['审批意见', a ? [a.documentNo, a.opinion].filter(Boolean).join('，') : ''],
          [
            '脱密期',
            l.separationEndsOn
              ? `${l.separationYears ?? ''}年，自${d8(l.approvedOn)}起至${d8(l.separationEndsOn)}止`
              : '',
          ],
        ]}
      />
      <Signatures parts={['本人', '部门负责人', '单位领导']} />
    </>
  );
}

function TravelForm({ d, recordId }: { d: PersonDossier; recordId: number | null }) {
  const t = d.travel.find((x) => x.id === recordId) ?? d.travel[0];
  if (!t) return <p className="print-none">该人员没有因私出国(境)申请。</p>;
  return (
    <>
      <Grid
        rows={[
          ['姓名', d.person.name],
          ['所属部门', d.person.department],
          ['涉密等级', d.person.clearance ? CLEARANCE_LABELS[d.person.clearance] : '未确定'],
          ['申请日期', d8(t.appliedOn)],
          ['前往国家(地区)', t.destination],
          ['事由', t.purpose],
          ['行程', `${d8(t.plannedDepartOn)}至${d8(t.plannedReturnOn)}`],
          ['状态', TRAVEL_STATUS_LABELS[t.status]],
          ['行前保密教育', t.educatedOn ? `${d8(t.educatedOn)}，${t.educatedBy ?? ''}` : ''],
          ['实际出入境', t.departedOn ? `${d8(t.departedOn)}至${d8(t.returnedOn)}` : ''],
          ['回国报告', t.returnReport ?? ''],
        ]}
      />
      <Part
        title="审批意见"
        head={['审批环节', '审批人、日期、结论、文号、意见']}
        rows={t.steps.map((s) => [stepName(s.step), printStepText(s)])}
      />
      <Signatures parts={['本人', '部门领导', '保密委员会']} />
    </>
  );
}

export function PersonFormPrint({ form }: { form: PersonForm }) {
  const part = useRoute().split('/')[3];
  const recordId = part ? Number(part) : null;
  return (
    <PersonPrintPage
      title={PERSON_FORMS[form]}
      sheet={(d) => (
        <>
          {form === 'person-register' && <RegisterForm d={d} />}
          {form === 'person-vetting' && <VettingForm d={d} />}
          {form === 'person-leaving' && <LeavingForm d={d} recordId={recordId} />}
          {form === 'person-travel' && <TravelForm d={d} recordId={recordId} />}
        </>
      )}
    />
  );
}
