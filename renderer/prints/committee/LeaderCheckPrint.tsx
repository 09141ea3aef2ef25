// 领导干部履行保密工作责任制情况检查表 on A4 (route `print/leader-check/<id>`): the leader, each item of the 责任制
// with its rating and note, the overall 评价, who checked and when, and the lines the sheet is signed on. The unit's
// name heads the page (PrintFrame).
import type { LeaderCheckView } from '../../../electron/ipc/contract';
import { DUTY_RATING_LABELS, LEADER_DUTY_LABELS, LEADER_GRADE_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import { PdfExportButton } from '../../components/PdfExportButton';
import { printDate } from '../../i18n/format';
import { useRoute } from '../../shell/route';
import { FormTable, RecordSheet, Signatures } from '../reviews/FormSheet';

export function LeaderCheckPrint() {
  const id = Number(useRoute().split('/')[2]);
  const title = '领导干部履行保密工作责任制情况检查表';
  return (
    <>
      <div className="print-toolbar no-print">
        <PdfExportButton title={title} />
      </div>
      <RecordSheet<LeaderCheckView>
        title={title}
        back="reg/committee"
        load={() => call('committee:leaderCheck', { checkId: id })}
        render={(c) => (
          <>
            <FormTable
              rows={[
                ['年度', `${c.year}年度`],
                ['姓名', c.name],
                ['部门', c.department],
                ['职务', c.post],
              ]}
            />
            <table className="print-table" style={{ marginTop: '4mm' }}>
              <thead>
                <tr>
                  <th style={{ width: '6%' }}>序号</th>
                  <th>保密工作责任制事项</th>
                  <th style={{ width: '12%' }}>落实情况</th>
                  <th style={{ width: '30%' }}>存在问题及说明</th>
                </tr>
              </thead>
              <tbody>
                {c.items.map((x, i) => (
                  <tr key={x.duty}>
                    <td className="num">{i + 1}</td>
                    <td>{LEADER_DUTY_LABELS[x.duty]}</td>
                    <td>{DUTY_RATING_LABELS[x.rating]}</td>
                    <td>{x.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div style={{ marginTop: '4mm' }}>
              <FormTable
                rows={[
                  ['总体评价', LEADER_GRADE_LABELS[c.grade]],
                  ['评价意见', c.comment ?? ''],
                  ['检查人', c.checker],
                  ['检查日期', printDate(c.checkedOn)],
                ]}
              />
            </div>
            <Signatures who={['被检查领导干部', '检查人', '保密委员会主任']} />
          </>
        )}
      />
    </>
  );
}
