// The committee's papers: 涉密会议审批表及执行情况记录表 (one meeting: approval, art. 45 measures, materials out
// and back) and 委员会会议记录 (one meeting, its decisions and owners). Routes `print/meeting/<id>` and
// `print/committee-meeting/<id>`.
import type { CommitteeMeetingView, MeetingView } from '../../../electron/ipc/contract';
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
