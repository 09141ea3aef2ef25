// 涉密会议与活动: every meeting, 参观考察 and 参展 (filters: status, kind, materials still out), and in the drawer
// its approval, the art. 45 measures and its materials — issued carrier copies that must all come back.
import { Button, Space, Table } from 'antd';
import { useState, type Key } from 'react';
import { navigate } from '../../shell/route';
import type { MeetingRow } from '../../../electron/ipc/contract';
import { LEVEL_LABELS, MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from '../../../db/domain/labels';
import { DetailDrawer } from '../../components/DetailDrawer';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { useClassifiedMeetings } from '../../stores/committee.store';
import { useLoad } from '../../stores/load';
import { stepText } from '../persons/ClearancePanel';
import {
  ApproveMeetingModal,
  CloseMeetingModal,
  CollectModal,
  CreateMeetingModal,
  IssueModal,
  MeasuresModal,
} from './MeetingForms';
import { Chip } from '../../components/Chip';

const COLUMNS: RegisterColumn<MeetingRow>[] = [
  { key: 'startsOn', title: '日期', width: 105, render: (m) => tableDate(m.startsOn) },
  {
    key: 'kind',
    title: '类别',
    width: 110,
    render: (m) => MEETING_KIND_LABELS[m.kind],
    filterOptions: optionsOf(MEETING_KIND_LABELS),
  },
  { key: 'name', title: '名称', width: 220, render: (m) => m.name },
  { key: 'level', title: '密级', width: 60, render: (m) => LEVEL_LABELS[m.level] },
  { key: 'place', title: '地点', width: 120, render: (m) => m.place },
  { key: 'hostDepartment', title: '主办部门', width: 100, render: (m) => m.hostDepartment },
  {
    key: 'materialsOut',
    title: '材料（未收回/发放）',
    width: 130,
    render: (m) =>
      m.materialsIssued ? (
        <Chip color={m.materialsOut ? 'red' : 'green'}>
          {m.materialsOut}/{m.materialsIssued}
        </Chip>
      ) : (
        ''
      ),
    filterOptions: [{ value: 'out', label: '有未收回' }],
  },
  {
    key: 'status',
    title: '状态',
    width: 90,
    render: (m) => MEETING_STATUS_LABELS[m.status],
    filterOptions: optionsOf(MEETING_STATUS_LABELS),
  },
];

const SHOWS = ['committee', 'carriers', 'approvals', 'departments'] as const;
type Dialog = 'approve' | 'measures' | 'issue' | 'collect' | 'close' | null;

export function ClassifiedMeetingsTab() {
  const [row, setRow] = useState<MeetingRow | null>(null);
  const loaded = useLoad('committee:classifiedMeeting', row ? { meetingId: row.id } : null, SHOWS);
  const m = loaded.value;
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [picked, setPicked] = useState<Key[]>([]);
  const close = () => setDialog(null);
  const yes = (b: boolean) => (b ? '已落实' : '未落实');
  return (
    <div style={{ height: 'calc(100vh - 200px)', display: 'flex' }}>
      <RegisterTable<MeetingRow>
        registerId="classified_meetings"
        columns={COLUMNS}
        rowKey={(r) => r.id}
        store={useClassifiedMeetings}
        searchPlaceholder="搜索名称"
        emptyText="尚无涉密会议或活动。涉密会议须确定密级、制定保密方案、限定参会人员（条例第四十五条）。"
        onOpen={(r) => {
          setPicked([]);
          setRow(r);
        }}
        toolbar={
          <Button type="primary" onClick={() => setCreating(true)}>
            登记涉密会议或活动
          </Button>
        }
      />
      <DetailDrawer
        open={row !== null}
        title={row ? `${MEETING_KIND_LABELS[row.kind]}：${row.name}` : ''}
        loading={row !== null && !m}
        error={loaded.error}
        onClose={() => setRow(null)}
        extra={
          m ? (
            <Button onClick={() => navigate(`print/meeting/${m.id}`)}>打印审批及执行情况记录表</Button>
          ) : null
        }
        fields={
          m
            ? [
                { label: '密级', value: LEVEL_LABELS[m.level] },
                { label: '状态', value: MEETING_STATUS_LABELS[m.status] },
                { label: '时间', value: `${tableDate(m.startsOn)} 至 ${tableDate(m.endsOn)}` },
                { label: '地点', value: m.place },
                { label: '主办部门', value: m.hostDepartment },
                { label: '场所和设备', value: yes(m.venueCompliant) },
                { label: '身份核实', value: yes(m.identityChecked) },
                { label: '保密教育', value: yes(m.educated) },
                { label: '知悉范围', value: m.attendees.join('、'), wide: true },
                { label: '主要管理措施', value: m.measures ?? '', wide: true },
                { label: '保密方案/预案', value: m.planAttachmentId ? '已存扫描件' : '未上传' },
                ...m.steps.map((s) => ({ label: '审批', value: stepText(s), wide: true })),
              ]
            : []
        }
        history={
          m
            ? m.materials.flatMap((x) => [
                {
                  key: `i${x.id}`,
                  at: x.issuedOn,
                  title: `发放《${x.carrierName}》第${x.copyNo}份`,
                  actor: x.issuedTo,
                },
                ...(x.collectedOn
                  ? [
                      {
                        key: `c${x.id}`,
                        at: x.collectedOn,
                        title: `收回第${x.copyNo}份`,
                        actor: x.issuedTo,
                        tone: 'green' as const,
                      },
                    ]
                  : []),
              ])
            : []
        }
      >
        {m ? (
          <>
            <Space style={{ marginTop: 8 }} wrap>
              {m.status === 'planned' ? <Button onClick={() => setDialog('approve')}>审批</Button> : null}
              {m.status !== 'closed' ? (
                <Button onClick={() => setDialog('measures')}>保密措施落实</Button>
              ) : null}
              {m.status === 'approved' ? (
                <Button type="primary" onClick={() => setDialog('issue')}>
                  发放会议材料
                </Button>
              ) : null}
              {picked.length ? (
                <Button onClick={() => setDialog('collect')}>收回所选材料（{picked.length}）</Button>
              ) : null}
              {m.status !== 'closed' ? <Button onClick={() => setDialog('close')}>会议结束</Button> : null}
            </Space>
            <Table
              style={{ marginTop: 8 }}
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={m.materials}
              locale={{ emptyText: '尚未发放会议材料' }}
              rowSelection={{
                selectedRowKeys: picked,
                onChange: setPicked,
                getCheckboxProps: (x) => ({ disabled: x.collectedOn !== null }),
              }}
              columns={[
                { title: '材料', dataIndex: 'carrierName' },
                { title: '份号', dataIndex: 'copyNo' },
                { title: '领取人', dataIndex: 'issuedTo' },
                { title: '发放', render: (_, x) => tableDate(x.issuedOn) },
                {
                  title: '收回',
                  render: (_, x) =>
                    x.collectedOn ? tableDate(x.collectedOn) : <Chip color="red">未收回</Chip>,
                },
              ]}
            />
          </>
        ) : null}
      </DetailDrawer>
      <CreateMeetingModal open={creating} onClose={() => setCreating(false)} />
      {m && dialog === 'approve' ? <ApproveMeetingModal meeting={m} onClose={close} /> : null}
      {m && dialog === 'measures' ? <MeasuresModal meeting={m} onClose={close} /> : null}
      {m && dialog === 'issue' ? <IssueModal meeting={m} onClose={close} /> : null}
      {m && dialog === 'collect' ? (
        <CollectModal
          meeting={m}
          ids={picked.map(Number)}
          onClose={() => {
            close();
            setPicked([]);
          }}
        />
      ) : null}
      {m && dialog === 'close' ? <CloseMeetingModal meeting={m} onClose={close} /> : null}
    </div>
  );
}
