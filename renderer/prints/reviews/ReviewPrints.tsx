// 保密审查 on paper: 保密审查审批表 (one request, every step's opinion, name and date, with signature lines) and
// 信息发布保密审查登记表 (the year's requests). Routes `print/review/<id>` and `print/review-register/<year>`.
import type { InfoReviewView, ReviewStep, StepView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { printDate } from '../../i18n/format';
import { REVIEW_OUTCOME_LABELS, REVIEW_PURPOSE_LABELS, REVIEW_STEP_LABELS } from '../../../db/domain/labels';
import { useRoute } from '../../shell/route';
import { FormTable, RecordSheet, Signatures } from './FormSheet';

export function opinion(s: StepView | undefined): string {
  if (!s) return '';
  return [
    s.opinion ?? (s.decision === 'approved' ? '同意' : '不同意'),
    s.approverName,
    printDate(s.decidedAt),
  ].join('　');
}

const stepOf = (r: InfoReviewView, step: ReviewStep) => r.steps.find((s) => s.step === step);

function outcomeText(r: InfoReviewView): string {
  if (!r.outcome) return '审查中';
  return [
    REVIEW_OUTCOME_LABELS[r.outcome],
    r.amendments ? `（删改：${r.amendments}）` : '',
    r.abroadBasis ? `（提供依据：${r.abroadBasis}）` : '',
  ].join('');
}

export function ReviewApprovalPrint() {
  const id = Number(useRoute().split('/')[2]);
  return (
    <RecordSheet<InfoReviewView>
      title="保密审查审批表"
      back="reg/reviews"
      load={() => call('reviews:get', { reviewId: id })}
      render={(r) => (
        <>
          <FormTable
            rows={[
              ['信息标题', r.title],
              ['内容摘要', r.summary],
              ['承办人', r.handlerName],
              ['承办部门', r.department],
              ['用途', REVIEW_PURPOSE_LABELS[r.purpose]],
              ['接收单位或发布途径', r.recipient ?? ''],
              ['申请日期', printDate(r.appliedOn)],
              ...(['dept', 'office', 'expert', 'leader', 'committee'] as const).map((s): [string, string] => [
                REVIEW_STEP_LABELS[s].endsWith('意见')
                  ? REVIEW_STEP_LABELS[s]
                  : `${REVIEW_STEP_LABELS[s]}意见`,
                opinion(stepOf(r, s)),
              ]),
              ['审查结论', outcomeText(r)],
              ['办结日期', printDate(r.decidedOn)],
            ]}
          />
          <Signatures who={['承办人', '部门负责人', '保密办', '单位领导']} />
        </>
      )}
    />
  );
}

export function ReviewRegisterPrint() {
  const year = Number(useRoute().split('/')[2]) || new Date().getFullYear();
  return (
    <RecordSheet
      title={`${year}年度信息发布保密审查登记表`}
      back="reg/reviews"
      load={() => call('reviews:list', { year, pageSize: 500, sort: 'appliedOn', order: 'asc' })}
      render={(page) => (
        <>
          <style>{'@page { size: A4 landscape; }'}</style>
          <table className="print-table" style={{ fontSize: '9pt' }}>
            <thead>
              <tr>
                <th>序号</th>
                <th>信息标题</th>
                <th>承办人</th>
                <th>承办部门</th>
                <th>发布途径</th>
                <th>部门初审意见</th>
                <th>保密办审查意见</th>
                <th>专业审核人意见</th>
                <th>单位领导签批意见</th>
                <th>备注</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r, i) => (
                <tr key={r.id}>
                  <td className="num">{i + 1}</td>
                  <td>{r.title}</td>
                  <td>{r.handlerName}</td>
                  <td>{r.department}</td>
                  <td>{r.recipient ?? REVIEW_PURPOSE_LABELS[r.purpose]}</td>
                  <td>{opinion(stepOf(r, 'dept'))}</td>
                  <td>{opinion(stepOf(r, 'office'))}</td>
                  <td>{opinion(stepOf(r, 'expert'))}</td>
                  <td>{opinion(stepOf(r, 'leader'))}</td>
                  <td>{outcomeText(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Signatures who={['保密员', '保密工作负责人']} />
        </>
      )}
    />
  );
}
