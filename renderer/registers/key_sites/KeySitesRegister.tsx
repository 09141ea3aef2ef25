// 保密要害部门部位: every department and place the unit decided (filters by status and kind, those whose check
// is due), and in the drawer its protections, approvals, 出入登记, 值班 and 安全设施检查.
import { Button, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { navigate } from '../../shell/route';
import type { KeySiteRow, KeySiteView } from '../../../electron/ipc/contract';
import {
  KEY_SITE_KIND_LABELS,
  KEY_SITE_STATUS_LABELS,
  LEVEL_LABELS,
  PROTECTION_CATEGORY_LABELS,
  SITE_CHECK_RESULT_LABELS,
} from '../../../db/domain/labels';
import { DetailDrawer } from '../../components/DetailDrawer';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate, tableDateTime } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { useKeySites } from '../../stores/key_sites.store';
import { useLoad } from '../../stores/load';
import { stepText } from '../persons/ClearancePanel';
import {
  ApproveSiteModal,
  CheckModal,
  DutyModal,
  ProposeSiteModal,
  ProtectionsModal,
  RevokeSiteModal,
  VisitInModal,
  VisitOutModal,
} from './KeySiteForms';
import { Chip } from '../../components/Chip';

function StatusTag({ s }: { s: KeySiteRow }) {
  const color =
    s.status === 'approved' ? 'green' : s.status === 'revoked' || s.status === 'rejected' ? 'red' : 'blue';
  return <Chip color={color}>{KEY_SITE_STATUS_LABELS[s.status]}</Chip>;
}

const COLUMNS: RegisterColumn<KeySiteRow>[] = [
  { key: 'name', title: '名称', width: 150, render: (s) => s.name, sortField: 'name' },
  {
    key: 'kind',
    title: '类别',
    width: 90,
    render: (s) => KEY_SITE_KIND_LABELS[s.kind],
    filterOptions: optionsOf(KEY_SITE_KIND_LABELS),
  },
  { key: 'level', title: '涉密等级', width: 80, render: (s) => LEVEL_LABELS[s.level] },
  { key: 'managerName', title: '负责人', width: 80, render: (s) => s.managerName },
  { key: 'location', title: '位置', width: 140, render: (s) => s.location ?? '' },
  {
    key: 'proposedOn',
    title: '申报日期',
    width: 105,
    render: (s) => tableDate(s.proposedOn),
    sortField: 'proposedOn',
  },
  {
    key: 'status',
    title: '状态',
    width: 90,
    render: (s) => <StatusTag s={s} />,
    filterOptions: optionsOf(KEY_SITE_STATUS_LABELS),
  },
  {
    key: 'checkDueOn',
    title: '下次安全检查',
    width: 120,
    render: (s) =>
      s.checkDueOn ? <Chip color={s.checkDue ? 'red' : undefined}>{tableDate(s.checkDueOn)}</Chip> : '',
    filterOptions: [{ value: 'due', label: '已到期' }],
  },
  { key: 'visitorsIn', title: '在场来访人员', width: 100, align: 'right', render: (s) => s.visitorsIn || '' },
];

const SHOWS = ['key_sites', 'persons', 'departments', 'approvals'] as const;
type Dialog = 'approve' | 'revoke' | 'protections' | 'visit' | 'duty' | 'check' | null;

function SiteTabs({ site, onOut }: { site: KeySiteView; onOut: (id: number, name: string) => void }) {
  return (
    <Tabs
      items={[
        {
          key: 'visits',
          label: `出入登记（${site.visits.length}）`,
          children: (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={site.visits}
              columns={[
                {
                  title: '来访人',
                  render: (_, v) => `${v.visitorName}${v.visitorOrg ? `（${v.visitorOrg}）` : ''}`,
                },
                { title: '事由', dataIndex: 'purpose' },
                { title: '陪同人', dataIndex: 'escortName' },
                { title: '进入', render: (_, v) => tableDateTime(v.inAt) },
                {
                  title: '离开',
                  render: (_, v) =>
                    v.outAt ? (
                      tableDateTime(v.outAt)
                    ) : (
                      <Button size="small" onClick={() => onOut(v.id, v.visitorName)}>
                        登记离开
                      </Button>
                    ),
                },
              ]}
            />
          ),
        },
        {
          key: 'duties',
          label: `值班（${site.duties.length}）`,
          children: (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={site.duties}
              columns={[
                { title: '日期', render: (_, d) => tableDate(d.dutyOn) },
                { title: '值班人', dataIndex: 'personName' },
                { title: '班次', dataIndex: 'shift' },
              ]}
            />
          ),
        },
        {
          key: 'checks',
          label: `安全设施检查（${site.checks.length}）`,
          children: (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={site.checks}
              columns={[
                { title: '日期', render: (_, c) => tableDate(c.checkedOn) },
                { title: '检查人', dataIndex: 'checker' },
                { title: '结果', render: (_, c) => SITE_CHECK_RESULT_LABELS[c.result] },
                { title: '发现的问题', dataIndex: 'findings' },
              ]}
            />
          ),
        },
      ]}
    />
  );
}

export function KeySitesRegister() {
  const [row, setRow] = useState<KeySiteRow | null>(null);
  const loaded = useLoad('key_sites:get', row ? { siteId: row.id } : null, SHOWS);
  const site = loaded.value;
  const [proposing, setProposing] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [out, setOut] = useState<{ id: number; name: string } | null>(null);
  const close = () => setDialog(null);
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        要害部门部位
      </Typography.Title>
      <div style={{ height: 'calc(100vh - 140px)', display: 'flex' }}>
        <RegisterTable<KeySiteRow>
          registerId="key_sites"
          columns={COLUMNS}
          rowKey={(s) => s.id}
          store={useKeySites}
          searchPlaceholder="搜索名称或位置"
          emptyText="尚无要害部门部位。保密室、机要室、档案室、涉密机房等由单位申报、保密委员会审定（保密法第三十九条）。"
          onOpen={setRow}
          toolbar={
            <Button type="primary" onClick={() => setProposing(true)}>
              申报要害部门部位
            </Button>
          }
        />
      </div>
      <DetailDrawer
        open={row !== null}
        title={row ? `${KEY_SITE_KIND_LABELS[row.kind]}：${row.name}` : ''}
        loading={row !== null && !site}
        error={loaded.error}
        onClose={() => setRow(null)}
        extra={
          site ? (
            <Space>
              <Button onClick={() => navigate(`print/key-site/${site.id}`)}>打印审定表</Button>
              <Button onClick={() => navigate(`print/key-site-visits/${site.id}`)}>打印出入登记簿</Button>
              {site.status === 'revoked' ? (
                <Button onClick={() => navigate(`print/key-site-revoke/${site.id}`)}>打印撤销表</Button>
              ) : null}
            </Space>
          ) : null
        }
        fields={
          site
            ? [
                { label: '名称', value: site.name },
                { label: '涉密等级', value: LEVEL_LABELS[site.level] },
                { label: '负责人', value: site.managerName },
                { label: '主管部门', value: site.department ?? '' },
                { label: '位置', value: site.location ?? '' },
                { label: '在编人员', value: site.staffCount },
                { label: '状态', value: <StatusTag s={site} /> },
                { label: '下次安全检查', value: tableDate(site.checkDueOn) },
                { label: '申报理由', value: site.reason, wide: true },
                {
                  label: '防护措施',
                  wide: true,
                  value: site.protections
                    .map(
                      (p) =>
                        `${PROTECTION_CATEGORY_LABELS[p.category]}：${p.item}${p.quantity > 1 ? ` ×${p.quantity}` : ''}`,
                    )
                    .join('；'),
                },
                ...site.steps.map((s) => ({
                  label: s.step === 'approve' ? '审定' : '撤销',
                  value: stepText(s),
                  wide: true,
                })),
                ...(site.revokedOn
                  ? [
                      {
                        label: '撤销',
                        value: `${tableDate(site.revokedOn)} ${site.revokedBy ?? ''}：${site.revokeReason ?? ''}`,
                        wide: true,
                      },
                    ]
                  : []),
              ]
            : []
        }
        history={
          site
            ? site.steps.map((s) => ({
                key: s.approvalId,
                at: s.decidedAt,
                title: s.step === 'approve' ? '保密委员会审定' : '撤销',
                actor: s.approverName,
                detail: s.opinion,
                tone: s.decision === 'approved' ? ('green' as const) : ('red' as const),
              }))
            : []
        }
      >
        {site ? (
          <>
            <Space style={{ marginTop: 8 }} wrap>
              {site.status === 'proposed' ? (
                <Button onClick={() => setDialog('approve')}>保密委员会审定</Button>
              ) : null}
              {site.status === 'approved' ? (
                <>
                  <Button type="primary" onClick={() => setDialog('visit')}>
                    出入登记
                  </Button>
                  <Button onClick={() => setDialog('duty')}>值班登记</Button>
                  <Button onClick={() => setDialog('check')}>安全设施检查</Button>
                  <Button onClick={() => setDialog('protections')}>修改防护措施</Button>
                  <Button danger onClick={() => setDialog('revoke')}>
                    撤销
                  </Button>
                </>
              ) : null}
            </Space>
            <SiteTabs site={site} onOut={(id, name) => setOut({ id, name })} />
          </>
        ) : null}
      </DetailDrawer>
      <ProposeSiteModal open={proposing} onClose={() => setProposing(false)} />
      {site && dialog === 'approve' ? <ApproveSiteModal site={site} onClose={close} /> : null}
      {site && dialog === 'revoke' ? <RevokeSiteModal site={site} onClose={close} /> : null}
      {site && dialog === 'protections' ? <ProtectionsModal site={site} onClose={close} /> : null}
      {site && dialog === 'visit' ? <VisitInModal site={site} onClose={close} /> : null}
      {site && dialog === 'duty' ? <DutyModal site={site} onClose={close} /> : null}
      {site && dialog === 'check' ? <CheckModal site={site} onClose={close} /> : null}
      {out ? <VisitOutModal visitId={out.id} name={out.name} onClose={() => setOut(null)} /> : null}
    </div>
  );
}
