// 备份与恢复 (系统管理员, or the clerk in the small-unit mode). A backup carries the database and its key slots,
// so it opens with the same passwords or the recovery code; a restore first keeps a safety copy.
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Typography } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import type { ChannelInput } from '../../electron/ipc/contract';
import { call } from '../api';
import { useJob } from '../jobs';
import { ChannelForm } from '../components/ChannelForm';
import { JobStatus } from '../components/JobStatus';
import { PasswordInput } from '../components/forms/keyboard';
import { count, tableDateTime } from '../i18n/format';
import { useBackup } from '../stores/backup.store';
import { useSession } from '../stores/session.store';
import './admin.css';
import { PathAction } from './PathAction';
import { PathInput } from '../components/files/PathInput';

/** The registers a clerk recognises in a backup's counts; the rest (histories, indexes, keys) go in the total. */
const COUNTED: [string, string][] = [
  ['carriers', '涉密载体'],
  ['carrier_copies', '载体份数'],
  ['classification_items', '国家秘密事项'],
  ['persons', '涉密人员'],
  ['devices', '设备与介质'],
  ['training_sessions', '培训'],
  ['inspections', '检查'],
  ['incidents', '事件'],
  ['accounts', '账户'],
  ['audit_log', '审计记录'],
];

function countsText(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const named = COUNTED.filter(([t]) => (counts[t] ?? 0) > 0).map(
    ([t, label]) => `${label} ${count(counts[t] ?? 0)}`,
  );
  return `共 ${count(total)} 行${named.length ? `（其中${named.join('，')}）` : ''}`;
}

function size(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

type RestoreValues = {
  file: string;
  by: 'password' | 'recovery';
  username?: string;
  password?: string;
  recoveryCode?: string;
};

const RESTORE_STAGES = [
  '正在核对备份文件和密码…',
  '正在检查备份数据库的完整性…',
  '正在核对各表记录数…',
  '正在校验审计链…',
];

function RestoreForm() {
  const [form] = Form.useForm<RestoreValues>();
  const by = (Form.useWatch('by', form) as RestoreValues['by'] | undefined) ?? 'password';
  const { setRestored, setRestoring } = useBackup(
    useShallow((s) => ({ setRestored: s.setRestored, setRestoring: s.setRestoring })),
  );
  const lockedByCore = useSession((s) => s.lockedByCore);
  const job = useJob('backup:restoreProgress', 'backup:restoreCancel');
  const end = () => {
    job.stop();
    setRestoring(false);
  };
  const done = job.progress?.done ?? 0;
  return (
    <>
      <ChannelForm<'backup:restore', RestoreValues>
        channel="backup:restore"
        form={form}
        initialValues={{ file: '', by: 'password', username: '', password: '', recoveryCode: '' }}
        toInput={(v): ChannelInput<'backup:restore'> => {
          setRestoring(true);
          return {
            file: v.file,
            credential:
              v.by === 'password'
                ? { username: v.username ?? '', password: v.password ?? '' }
                : { recoveryCode: v.recoveryCode ?? '' },
            jobId: job.start(),
          };
        }}
        submitText="从备份恢复"
        onDone={(v) => {
          end();
          setRestored(v);
        }}
        onError={(e) => {
          end();
          // Refused before it began (a damaged file, a field), the session goes on; once begun, it had ended.
          void call('session:state', {}).then((r) => {
            if (r.ok && r.value.phase !== 'unlocked') lockedByCore(`${e.message}请重新登录。`);
          });
        }}
      >
        <Form.Item label="备份文件" name="file" extra="备份文件的完整路径，如 E:\备份\baomi-20260615.bmbak">
          <PathInput use="backup" mode="open" aria-label="备份文件" />
        </Form.Item>
        <Form.Item label="证明身份" name="by">
          <Radio.Group
            options={[
              { value: 'password', label: '备份中某个账户的用户名和密码' },
              { value: 'recovery', label: '备份时的恢复码' },
            ]}
          />
        </Form.Item>
        {by === 'password' ? (
          <div className="admin-fields two">
            <Form.Item label="备份中的用户名" name="username">
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label="该账户在备份时的密码" name="password">
              <PasswordInput autoComplete="off" />
            </Form.Item>
          </div>
        ) : (
          <Form.Item label="恢复码" name="recoveryCode">
            <Input autoComplete="off" />
          </Form.Item>
        )}
      </ChannelForm>
      {/* Outside the form, which is disabled while it runs: the cancel must stay a button that works. */}
      {job.running ? (
        <JobStatus
          text={RESTORE_STAGES[done] ?? '正在替换数据库（不能取消）…'}
          percent={Math.round((100 * done) / (job.progress?.total ?? 5))}
          cancel={done < RESTORE_STAGES.length ? job.cancel : null}
        />
      ) : null}
    </>
  );
}

function Restored() {
  const restored = useBackup((s) => s.restored);
  const setRestored = useBackup((s) => s.setRestored);
  const lockedByCore = useSession((s) => s.lockedByCore);
  if (!restored) return null;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title="已从备份恢复，请重新登录"
      description={
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="备份单位">{restored.unitName}</Descriptions.Item>
          <Descriptions.Item label="备份时间">{tableDateTime(restored.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="数据">{countsText(restored.counts)}</Descriptions.Item>
          <Descriptions.Item label="恢复前的安全副本">{restored.safetyCopy ?? '无'}</Descriptions.Item>
        </Descriptions>
      }
      action={
        <Button
          type="primary"
          onClick={() => {
            setRestored(null);
            lockedByCore('数据已从备份恢复。请使用备份时的密码重新登录。');
          }}
        >
          重新登录
        </Button>
      }
    />
  );
}

const BACKUP_STAGES = ['正在复制数据库…', '正在检查副本的完整性…', '正在核对各表记录数…'];

export function BackupPage() {
  const job = useJob('backup:progress', 'backup:cancel');
  const done = job.progress?.done ?? 0;
  const total = job.progress?.total ?? 4;
  const { lastBackup, restored, setBackup } = useBackup(
    useShallow((s) => ({ lastBackup: s.lastBackup, restored: s.restored, setBackup: s.setBackup })),
  );
  return (
    <div className="page admin-page">
      <Typography.Title level={4} className="page-title">
        备份与恢复
      </Typography.Title>
      <Card size="small" title="备份">
        <Typography.Paragraph type="secondary">
          备份文件已加密，包含数据库和全部账户的密钥槽，可在另一台计算机上用原有密码或恢复码打开。请备份到单位配发的涉密移动存储介质，并按涉密载体管理。
        </Typography.Paragraph>
        <PathAction
          label="备份到文件夹"
          use="backup"
          mode="folder"
          placeholder="如 E:\备份"
          button="立即备份"
          progress={{
            text: BACKUP_STAGES[done] ?? '正在写入并校验备份文件（不能取消）…',
            percent: Math.round((100 * done) / total),
            cancel: done < BACKUP_STAGES.length ? job.cancel : null,
          }}
          run={async (outDir) => {
            const jobId = job.start();
            const r = await call('backup:create', { outDir, jobId });
            job.stop();
            if (!r.ok) return { ok: false, text: r.error.message };
            setBackup(r.value);
            const warned = r.value.mediumWarning ? `。警告（已记入审计日志）：${r.value.mediumWarning}` : '';
            return { ok: true, text: `备份完成：${r.value.path}${warned}` };
          }}
        />
        {lastBackup ? (
          <Descriptions size="small" column={1} className="backup-result" data-testid="backup-result">
            <Descriptions.Item label="文件">{lastBackup.path}</Descriptions.Item>
            <Descriptions.Item label="大小">{size(lastBackup.size)}</Descriptions.Item>
            <Descriptions.Item label="数据">{countsText(lastBackup.counts)}</Descriptions.Item>
            <Descriptions.Item label="审计日志末条序号">{lastBackup.auditHeadSeq}</Descriptions.Item>
            <Descriptions.Item label="审计链头哈希（请抄录）">
              <span style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                {lastBackup.auditHeadHash}
              </span>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
      <Card size="small" title="从备份恢复">
        <Alert
          type="warning"
          showIcon
          title="恢复会用备份替换本机的全部数据"
          description="恢复前，程序会先把当前数据库另存为安全副本；恢复后所有人须重新登录，密码是备份时的密码。备份之后录入的内容将不在恢复后的数据中。"
          className="restore-warning"
        />
        {restored ? <Restored /> : <RestoreForm />}
      </Card>
    </div>
  );
}
