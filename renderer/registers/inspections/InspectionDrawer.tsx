// One check: its particulars, the checklist (keyboard form), the findings it produced, and the closing with a
// carry-over reason for each finding still open.
import { Button, Drawer, Descriptions, Form, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import type { FindingView, InspectionView } from '../../../electron/ipc/contract';
import { CHECK_AREA_LABELS, CHECK_KIND_LABELS, CHECK_STATUS_LABELS } from '../../../db/domain/labels';
import { ActionModal, DateItem, today } from '../../components/forms';
import { ErrorNote } from '../../components/ErrorNote';
import { tableDate } from '../../i18n/format';
import { useLoad } from '../../stores/load';
import { navigate } from '../../shell/route';
import { Checklist } from './Checklist';
import { FindingStateTag } from './FindingActions';
import { FindingDrawer } from './FindingDrawer';
import { scopeText } from './scope';
import { ScopeModal } from './ScopeModal';

const SHOWS = ['inspections', 'persons', 'departments'] as const;

function CloseCheckModal({ check, onClose }: { check: InspectionView; onClose: () => void }) {
  const open = check.findings.filter((f) => f.status !== 'closed' && f.status !== 'carried_over');
  return (
    <ActionModal
      title="结束检查"
      channel="inspections:close"
      onClose={onClose}
      fixed={{ inspectionId: check.id }}
      initialValues={{ closedOn: today(), reasons: {} }}
      toInput={(v: { closedOn: string; reasons?: Record<string, string> }) => ({
        inspectionId: check.id,
        closedOn: v.closedOn,
        carryOver: open
          .filter((f) => (v.reasons?.[String(f.id)] ?? '').trim() !== '')
          .map((f) => ({ findingId: f.id, reason: v.reasons?.[String(f.id)] ?? '' })),
      })}
      intro={
        open.length > 0 ? (
          <p>
            还有 {open.length}{' '}
            个问题未整改完毕：每个都须写明结转理由，才能结束检查；结转的问题继续整改，验收后销号。
          </p>
        ) : (
          <p>所有问题均已整改验收。</p>
        )
      }
    >
      <DateItem name="closedOn" label="结束日期" />
      {open.map((f) => (
        <Form.Item key={f.id} name={['reasons', String(f.id)]} label={`结转理由：${f.what}`}>
          <Input />
        </Form.Item>
      ))}
    </ActionModal>
  );
}

export function InspectionDrawer({
  inspectionId,
  onClose,
}: {
  inspectionId: number | null;
  onClose: () => void;
}) {
  const r = useLoad('inspections:get', inspectionId ? { inspectionId } : null, SHOWS);
  const c = r.value;
  const [finding, setFinding] = useState<number | null>(null);
  const [closing, setClosing] = useState(false);
  const [scoping, setScoping] = useState(false);
  return (
    <Drawer
      open={inspectionId !== null}
      size={780}
      title={c ? c.title : ''}
      loading={r.loading && !c}
      onClose={onClose}
      extra={
        c && c.status === 'open' ? (
          <Space>
            {c.kind !== 'self_person' ? <Button onClick={() => setScoping(true)}>修改检查范围</Button> : null}
            <Button onClick={() => setClosing(true)}>结束检查</Button>
          </Space>
        ) : null
      }
    >
      <ErrorNote message={r.error} />
      {c ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'k', label: '检查类型', children: CHECK_KIND_LABELS[c.kind] },
              {
                key: 's',
                label: '状态',
                children: `${CHECK_STATUS_LABELS[c.status]}${c.closedOn ? ` ${tableDate(c.closedOn)}` : ''}`,
              },
              { key: 'p', label: '检查期间', children: c.period },
              { key: 'd', label: '检查日期', children: tableDate(c.checkedOn) },
              { key: 'dep', label: '被查部门/人员', children: scopeText(c) },
              { key: 'i', label: '检查人员', children: c.inspectors },
              ...(c.authority ? [{ key: 'a', label: '检查机关', children: c.authority }] : []),
              ...(c.opinion ? [{ key: 'o', label: '检查意见', children: c.opinion, span: 2 }] : []),
              {
                key: 'ar',
                label: '检查领域',
                span: 2,
                children:
                  c.areas.length === 13
                    ? '实施条例第五十八条所列全部13个方面'
                    : c.areas.map((a) => CHECK_AREA_LABELS[a]).join('、'),
              },
            ]}
          />
          <Space wrap style={{ marginTop: 8 }}>
            <Button onClick={() => navigate(`print/inspection-checklist-${c.id}`)}>打印自查表</Button>
            <Button onClick={() => navigate(`print/inspection-notice-${c.id}`)}>打印整改通知书</Button>
            <Button onClick={() => navigate(`print/inspection-report-${c.id}`)}>打印整改情况报告</Button>
          </Space>
          <Typography.Title level={5} className="drawer-section">
            检查表
          </Typography.Title>
          <Checklist check={c} />
          <Typography.Title level={5} className="drawer-section">
            发现问题（{c.findings.length}）
          </Typography.Title>
          <List<FindingView>
            size="small"
            dataSource={c.findings}
            locale={{ emptyText: '没有发现问题。检查表中标为“不符合”的项会自动列为问题。' }}
            renderItem={(f) => (
              <List.Item
                actions={[
                  <Button key="o" size="small" onClick={() => setFinding(f.id)}>
                    办理
                  </Button>,
                ]}
              >
                <Space>
                  <FindingStateTag f={f} />
                  <span>{f.what}</span>
                  <Typography.Text type="secondary">
                    {f.responsible ?? '未下达'}
                    {f.deadline ? ` · 期限 ${tableDate(f.deadline)}` : ''}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          {closing ? <CloseCheckModal check={c} onClose={() => setClosing(false)} /> : null}
          {scoping ? <ScopeModal check={c} onClose={() => setScoping(false)} /> : null}
        </>
      ) : null}
      <FindingDrawer findingId={finding} onClose={() => setFinding(null)} />
    </Drawer>
  );
}
