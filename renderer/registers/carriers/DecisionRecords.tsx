// 定密记录 on a carrier: every determination in order — who decided, why, the level and 保密期限 before and
// after, the statutory maximum it was held to, and the 另有规定 a term past that maximum rests on.
import type { DecisionView } from '../../../electron/ipc/contract';
import { CARRIER_EVENT_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { tableDate } from '../../i18n/format';
import { termText } from '../../i18n/labels';

function change(d: DecisionView): string {
  const parts: string[] = [];
  if (d.levelAfter && d.levelBefore && d.levelAfter !== d.levelBefore) {
    parts.push(`密级 ${LEVEL_LABELS[d.levelBefore]} → ${LEVEL_LABELS[d.levelAfter]}`);
  }
  const before = d.termBefore ? termText(d.termBefore) : '';
  const after = d.termAfter ? termText(d.termAfter) : '';
  if (after && after !== before) parts.push(before ? `保密期限 ${before} → ${after}` : `保密期限 ${after}`);
  if (d.kind !== 'classify' && d.termAfter && d.maxEndsOn) {
    parts.push(
      d.beyondMax
        ? `超过法定最长期限（至 ${tableDate(d.maxEndsOn)}），依据${d.beyondMax.basis}，${d.beyondMax.allowedBy}${tableDate(d.beyondMax.allowedOn)}批准（${d.beyondMax.documentNo}）`
        : `在法定最长期限（至 ${tableDate(d.maxEndsOn)}）内`,
    );
  }
  return parts.join('；');
}

export function DecisionRecords({ decisions }: { decisions: DecisionView[] }) {
  return (
    <ul className="plain-list">
      {decisions.map((d) => {
        const what = change(d);
        return (
          <li key={d.id}>
            {tableDate(d.decidedOn)} {CARRIER_EVENT_LABELS[d.kind]}：{d.decidedBy}
            {d.proposerName ? `（承办人 ${d.proposerName}）` : ''} {d.reason}
            {what ? ` · ${what}` : ''}
            {d.noticeTo ? ` · 已书面通知 ${d.noticeTo}${d.noticeNo ? `（${d.noticeNo}）` : ''}` : ''}
          </li>
        );
      })}
    </ul>
  );
}
