// The committee's papers: 涉密会议审批表及执行情况记录表 (one meeting: approval, art. 45 measures, materials out
// and back) and 委员会会议记录 (one meeting, its decisions and owners). Routes `print/meeting/<id>` and
// `print/committee-meeting/<id>`.
import type { CommitteeMeetingView, MeetingView, YearView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { printDate } from '../../i18n/format';
import { LEVEL_LABELS, MEETING_KIND_LABELS, TASK_STATUS_LABELS } from '../../../db/domain/labels';
import { useRoute } from '../../shell/route';
import { FormTable, RecordSheet, Signatures } from '../reviews/FormSheet';
import { opinion } from '../reviews/ReviewPrints';

const nw = { whiteSpace: 'nowrap' as const };
const idOf = (route: string) => Number(route.split('/')[2]);
const done = (b: boolean) => (b ? '已落实' : '未落实');

export function MeetingPrint() {
  const id = idOf(useRoute());
  return (
    <RecordSheet<MeetingView>
      title="涉密会议审批表及执行情况记录表"
      back="reg/committee"
      load={() => call('committee:classifiedMeeting', { meetingId: id })}
      render={(m) => (
        <>
          <FormTable
            rows={[
              ['类别', MEETING_KIND_LABELS[m.kind]],
              ['名称', m.name],
              ['密级', LEVEL_LABELS[m.level]],
              ['时间', `${printDate(m.startsOn)} 至 ${printDate(m.endsOn)}`],
              ['地点', m.place],
              ['主办部门', m.hostDepartment],
              ['知悉范围（参会人员）', m.attendees.join('、')],
              ['保密方案/主要管理措施', m.measures ?? ''],
              ['审批意见', opinion(m.steps[0])],
              ['场所和设备', done(m.venueCompliant)],
              ['身份核实', done(m.identityChecked)],
              ['保密教育', done(m.educated)],
              ['结束日期', printDate(m.closedOn)],
            ]}
          />
          <h2 className="print-subtitle">会议材料发放与收回</h2>
          <table className="print-table">
            <thead>
              <tr>
                <th>材料</th>
                <th>份号</th>
                <th>领取人</th>
                <th>发放日期</th>
                <th>收回日期</th>
              </tr>
            </thead>
            <tbody>
              {m.materials.map((x) => (
                <tr key={x.id}>
                  <td>{x.carrierName}</td>
                  <td className="num">{x.copyNo}</td>
                  <td>{x.issuedTo}</td>
                  <td style={nw}>{printDate(x.issuedOn)}</td>
                  <td style={nw}>{x.collectedOn ? printDate(x.collectedOn) : '未收回'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Signatures who={['主办部门负责人', '保密办', '审批领导']} />
        </>
      )}
    />
  );
}

export function CommitteeMeetingPrint() {
  const id = idOf(useRoute());
  return (
    <RecordSheet<CommitteeMeetingView>
      title="保密委员会会议记录"
      back="reg/committee"
      load={() => call('committee:meeting', { meetingId: id })}
      render={(m) => (
        <>
          <FormTable
            rows={[
              ['会议日期', printDate(m.heldOn)],
              ['议题', m.topics],
              ['主持人', m.chair],
              ['出席人员', m.attendees],
              ['记录人', m.recorder],
              ['会议纪要', m.minutes ?? ''],
            ]}
          />
          <h2 className="print-subtitle">决定事项</h2>
          <table className="print-table">
            <thead>
              <tr>
                <th>序号</th>
                <th>事项</th>
                <th>责任人</th>
                <th>完成期限</th>
                <th>办理情况</th>
              </tr>
            </thead>
            <tbody>
              {m.decisions.map((t, i) => (
                <tr key={t.id}>
                  <td className="num">{i + 1}</td>
                  <td>{t.content}</td>
                  <td>{t.ownerName}</td>
                  <td style={nw}>{printDate(t.dueOn)}</td>
                  <td>{TASK_STATUS_LABELS[t.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Signatures who={['主持人', '记录人']} />
        </>
      )}
    />
  );
}

/** 保密制度清单: every rule of the unit, in force or repealed (route `print/rule-list`). */
export function RuleListPrint() {
  return (
    <RecordSheet
      title="保密制度清单"
      back="reg/committee"
      load={() => call('committee:rules', { includeRepealed: true })}
      render={(rules) => (
        <>
          <table className="print-table">
            <thead>
              <tr>
                <th>序号</th>
                <th>制度名称</th>
                <th>文号</th>
                <th>生效日期</th>
                <th>废止日期</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r, i) => (
                <tr key={r.id}>
                  <td className="num">{i + 1}</td>
                  <td>{r.name}</td>
                  <td>{r.docNo ?? ''}</td>
                  <td style={nw}>{printDate(r.effectiveOn)}</td>
                  <td style={nw}>{r.repealedOn ? printDate(r.repealedOn) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Signatures who={['保密员', '保密办负责人']} />
        </>
      )}
    />
  );
}

/** 年度保密工作计划 and its items with owners (route `print/committee-plan/<year>`). */
export function YearPlanPrint() {
  const year = idOf(useRoute()) || new Date().getFullYear();
  return (
    <RecordSheet<YearView>
      title={`${year}年度保密工作计划`}
      back="reg/committee"
      load={() => call('committee:year', { year })}
      render={(y) => (
        <>
          <p style={{ whiteSpace: 'pre-wrap' }}>{y.plan ?? '本年度尚未制定保密工作计划。'}</p>
          <p>通过日期：{printDate(y.planAdoptedOn)}</p>
          {y.planItems.length ? (
            <table className="print-table">
              <thead>
                <tr>
                  <th>序号</th>
                  <th>计划事项</th>
                  <th>责任人</th>
                  <th>完成期限</th>
                  <th>办理情况</th>
                </tr>
              </thead>
              <tbody>
                {y.planItems.map((t, i) => (
                  <tr key={t.id}>
                    <td className="num">{i + 1}</td>
                    <td>{t.content}</td>
                    <td>{t.ownerName}</td>
                    <td style={nw}>{printDate(t.dueOn)}</td>
                    <td>{TASK_STATUS_LABELS[t.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Signatures who={['保密委员会主任', '保密办负责人']} />
        </>
      )}
    />
  );
}

/**
 * 部门保密工作责任书 of one department for a year (route `print/responsibility-letter/<year>-<departmentId>`):
 * the department's duties under the 责任制 (regulation art. 6), for the head of department to sign.
 */
export function ResponsibilityLetterPrint() {
  const [year = 0, departmentId = 0] = (useRoute().split('/')[2] ?? '').split('-').map(Number);
  return (
    <RecordSheet<YearView>
      title={`${year}年度部门保密工作责任书`}
      back="reg/committee"
      load={() => call('committee:year', { year })}
      render={(y) => {
        const l = y.letters.find((x) => x.departmentId === departmentId);
        return (
          <>
            <p>责任部门：{l?.department ?? ''}</p>
            <ol>
              <li>
                部门主要负责人对本部门保密工作负总责，分管负责人负直接责任，将保密工作纳入部门年度工作。
              </li>
              <li>
                严格执行涉密人员、涉密载体、涉密计算机和存储介质、涉密会议等管理制度，做到底数清、责任明。
              </li>
              <li>组织本部门人员参加保密教育培训，按时完成保密自查并落实整改。</li>
              <li>拟公开或对外提供的信息先审查、后公开；发现泄密隐患或事件立即报告保密办。</li>
              <li>本责任书履行情况纳入年度考核；违反规定造成泄密的，依法依规追究责任。</li>
            </ol>
            <p>签订日期：{printDate(l?.signedOn ?? null)}</p>
            <Signatures who={['单位负责人', `部门负责人${l?.signer ? `（${l.signer}）` : ''}`]} />
          </>
        );
      }}
    />
  );
}
