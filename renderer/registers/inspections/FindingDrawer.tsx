// One finding: what, where, who answers for it, by when, and each step it went through.
import { CHECK_AREA_LABELS, FINDING_EVENT_LABELS, FINDING_SEVERITY_LABELS } from '../../../db/domain/labels';
import { DetailDrawer } from '../../components/DetailDrawer';
import { tableDate } from '../../i18n/format';
import { useLoad } from '../../stores/load';
import { FindingActions, FindingStateTag } from './FindingActions';

const SHOWS = ['inspections', 'persons', 'departments'] as const;

export function FindingDrawer({ findingId, onClose }: { findingId: number | null; onClose: () => void }) {
  const r = useLoad('inspections:finding', findingId ? { findingId } : null, SHOWS);
  const f = r.value;
  return (
    <DetailDrawer
      open={findingId !== null}
      title={f ? `问题：${f.what}` : ''}
      loading={r.loading && !f}
      error={r.error}
      onClose={onClose}
      fields={
        f
          ? [
              { label: '状态', value: <FindingStateTag f={f} /> },
              { label: '严重程度', value: FINDING_SEVERITY_LABELS[f.severity] },
              { label: '检查', value: f.inspectionTitle, wide: true },
              { label: '检查领域', value: CHECK_AREA_LABELS[f.area], wide: true },
              { label: '责任部门', value: f.department ?? '' },
              { label: '整改责任人', value: f.responsible ?? '' },
              { label: '整改要求', value: f.requirement ?? '', wide: true },
              { label: '整改期限', value: tableDate(f.deadline) },
              {
                label: '整改完成',
                value: f.rectifiedOn ? `${tableDate(f.rectifiedOn)} ${f.rectifiedBy ?? ''}` : '',
              },
              { label: '整改情况', value: f.rectification ?? '', wide: true },
              { label: '验收', value: f.verifiedOn ? `${tableDate(f.verifiedOn)} ${f.verifier ?? ''}` : '' },
              { label: '验收依据', value: f.evidence ?? '' },
              ...(f.carryOverReason ? [{ label: '结转理由', value: f.carryOverReason, wide: true }] : []),
            ]
          : []
      }
      history={
        f
          ? [...f.events].reverse().map((e, i) => ({
              key: i,
              at: e.on,
              title: FINDING_EVENT_LABELS[e.kind],
              detail: e.summary,
              tone:
                e.kind === 'verified'
                  ? ('green' as const)
                  : e.kind === 'returned'
                    ? ('red' as const)
                    : ('gray' as const),
            }))
          : []
      }
    >
      {f ? (
        <div style={{ marginTop: 8 }}>
          <FindingActions f={f} />
        </div>
      ) : null}
    </DetailDrawer>
  );
}
