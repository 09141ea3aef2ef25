// 上级单位: the comparison table of the units (its own file), package import (each refusal
// shown with its own reason), consolidated figures, and one unit's imported registers, read-only.
import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Progress, Space } from 'antd';
import { useState } from 'react';
import type { RefusalReason } from '../../../electron/ipc/contract';
import {
  DEVICE_CLASS_LABELS,
  EXCHANGE_PROFILE_LABELS,
  LEVEL_LABELS,
  REFUSAL_LABELS,
} from '../../../db/domain/labels';
import { ErrorNote } from '../../components/ErrorNote';
import { ReceiptReissue } from './ReceiptReissue';
import { CrossUnitSearch } from './CrossUnitSearch';
import { CLEARANCE_OR_NONE } from './record-columns';
import { ComparisonTable } from './ComparisonTable';
import { useLoad } from '../../stores/load';
import { useChannel } from './useChannel';
import { useJob } from '../../jobs';
import { PathInput } from '../../components/files/PathInput';
import { SupervisorDefaults } from './SupervisorDefaults';
import { SupervisorReportActions } from './SupervisorReportActions';

/** Where an import is: checked and decrypted (1), each part read, then the one write that cannot be stopped. */
function importStage(p: { done: number; total: number } | null): { text: string; cancellable: boolean } {
  if (!p || p.done < 1) return { text: '正在校验签名并解密…', cancellable: true };
  if (p.done < p.total - 1)
    return { text: `正在读取数据（${p.done - 1}/${p.total - 2} 部分）…`, cancellable: true };
  return { text: '正在写入本机数据库（一次完成，不能取消）…', cancellable: false };
}

/** `initialPath`: a package dropped on the window (issue 21 point 4), already chosen. */
export function PackageImport({ initialPath = '' }: { initialPath?: string }) {
  const imp = useChannel('exchange:import');
  const job = useJob('exchange:importProgress', 'exchange:importCancel');
  const stage = importStage(job.progress);
  const [path, setPath] = useState(initialPath);
  const [receiptOutPath, setReceiptOutPath] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [unwritten, setUnwritten] = useState<{ unitCode: string; seq: number; why: string } | null>(null);
  const reason = imp.error?.rule as RefusalReason | undefined;
  return (
    <Card size="small" title="导入下级单位数据包">
      <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }}>
        <PathInput
          use="package"
          mode="open"
          aria-label="数据包文件"
          placeholder="数据包文件（.bmx）的完整路径"
          value={path}
          onChange={setPath}
        />
        <PathInput
          use="receipt"
          mode="folder"
          aria-label="回执保存位置"
          placeholder="回执（.bmr）保存的文件夹"
          value={receiptOutPath}
          onChange={setReceiptOutPath}
        />
        <Button
          type="primary"
          icon={<ImportOutlined />}
          loading={imp.busy}
          onClick={async () => {
            setDone(null);
            setUnwritten(null);
            const jobId = job.start();
            const r = await imp.run({ path, receiptOutPath, jobId });
            job.stop();
            if (r) {
              const s = r.summary;
              const imported = `已导入 ${s.senderName} 第 ${s.seq} 号数据包（${EXCHANGE_PROFILE_LABELS[s.profile]}）。`;
              setDone(r.receiptError ? imported : `${imported}回执已写入 ${r.receiptPath}，请交回报送单位。`);
              if (r.receiptError) setUnwritten({ unitCode: s.sender, seq: s.seq, why: r.receiptError });
            }
          }}
        >
          校验并导入
        </Button>
        {imp.busy ? (
          <Space role="status" aria-label="导入进度">
            <Progress
              style={{ width: 240 }}
              size="small"
              percent={job.progress ? Math.round((100 * job.progress.done) / job.progress.total) : 0}
              showInfo={false}
            />
            <span>{stage.text}</span>
            {stage.cancellable ? <Button onClick={job.cancel}>取消导入</Button> : null}
          </Space>
        ) : null}
      </Space>
      {imp.error &&
        (reason && reason in REFUSAL_LABELS ? (
          <Alert
            style={{ marginTop: 8 }}
            type="error"
            showIcon
            role="alert"
            title={`数据包被拒收：${REFUSAL_LABELS[reason]}`}
            description={`${imp.error.message} 本机数据未作任何改动。`}
          />
        ) : (
          <ErrorNote message={imp.error.message} />
        ))}
      {done && <Alert style={{ marginTop: 8 }} type="success" showIcon title={done} />}
      {unwritten && (
        <Alert
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          role="alert"
          title={`回执未能写入：${unwritten.why}`}
          description={
            <>
              <div style={{ marginBottom: 8 }}>
                数据包已导入，不能也不必再次导入。请另选保存位置，重新生成回执。
              </div>
              <ReceiptReissue
                key={`${unwritten.unitCode}/${unwritten.seq}`}
                unitCode={unwritten.unitCode}
                seq={unwritten.seq}
              />
            </>
          }
        />
      )}
    </Card>
  );
}

function Figures() {
  const f = useLoad('exchange:figures', {}, ['exchange']);
  const v = f.value;
  const list = (m: Record<string, number>, labels: Record<string, string> = {}) =>
    Object.entries(m)
      .map(([k, n]) => `${labels[k] ?? k} ${n}`)
      .join('，') || '无';
  return (
    <Card size="small" title="汇总数字（各下级单位）">
      <ErrorNote message={f.error} />
      {v && (
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label="下级单位">
            {v.units} 个（逾期未报送 {v.unitsOverdue} 个）
          </Descriptions.Item>
          <Descriptions.Item label="逾期未归还借阅">{v.overdueLoans} 件</Descriptions.Item>
          <Descriptions.Item label="涉密人员（按等级）">
            {v.peopleByClearance ? list(v.peopleByClearance, CLEARANCE_OR_NONE) : '尚未报送'}
          </Descriptions.Item>
          <Descriptions.Item label="未完成整改">{v.openRectifications ?? '尚未报送'}</Descriptions.Item>
          <Descriptions.Item label="逾期未整改问题">{v.overdueFindings ?? '尚未报送'}</Descriptions.Item>
          <Descriptions.Item label="泄密事件（迟报）">
            {v.incidents === null
              ? '尚未报送'
              : `${v.incidents} 起（超过24小时报告 ${v.lateIncidents ?? 0} 起）`}
          </Descriptions.Item>
          <Descriptions.Item label="各单位整改与事件" span={2}>
            {v.perUnit
              .filter((u) => u.overdueFindings || u.incidents)
              .map(
                (u) =>
                  `${u.name}：逾期未整改 ${u.overdueFindings} 个，泄密事件 ${u.incidents} 起（迟报 ${u.lateIncidents} 起）`,
              )
              .join('；') || '无'}
          </Descriptions.Item>
          <Descriptions.Item label="信息设备（按类别）">
            {v.devicesByClass ? list(v.devicesByClass, DEVICE_CLASS_LABELS) : '尚未报送'}
          </Descriptions.Item>
          <Descriptions.Item label="存储介质（设备介质逾期未还）">
            {v.media === null ? '尚未报送' : `${v.media} 件（逾期未还 ${v.overdueDeviceLoans ?? 0} 件）`}
          </Descriptions.Item>
          <Descriptions.Item label="各单位设备与介质" span={2}>
            {v.perUnit
              .filter((u) => u.devices || u.media)
              .map(
                (u) =>
                  `${u.name}：设备 ${u.devices} 台，存储介质 ${u.media} 件，逾期未还 ${u.overdueDeviceLoans} 件`,
              )
              .join('；') || '无'}
          </Descriptions.Item>
          <Descriptions.Item label="载体（按密级）" span={2}>
            {list(v.carriersByLevel, LEVEL_LABELS)}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

export function SupervisorPanel() {
  const units = useLoad('exchange:units', {}, ['exchange']);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <ComparisonTable />
      <CrossUnitSearch />
      <SupervisorReportActions />
      <PackageImport />
      <Card size="small" title="重新生成回执">
        <ReceiptReissue units={units.value ?? []} />
      </Card>
      <Figures />
      <SupervisorDefaults />
    </Space>
  );
}
