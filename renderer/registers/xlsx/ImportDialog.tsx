// 从表格导入: the clerk names the file (a path field until the native pickers come), picks the sheet, sees and
// corrects how each heading was mapped, previews every row with its errors (第 N 行 · 列名 · 原因), may save the
// rows in error as an xlsx to fix them, and imports — all rows, or the valid ones only by an explicit choice.
// Long work shows its progress and may be cancelled (nothing is written then).
import { Alert, Button, Checkbox, Modal, Progress, Select, Space, Table, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import type {
  XlsxImportResult,
  XlsxPreview,
  XlsxProgress,
  XlsxRegister,
  XlsxRowError,
} from '../../../electron/ipc/contract';
import { call } from '../../api';
import { PathInput } from '../../components/files/PathInput';

const NOT_IMPORTED = '__none';

function newJobId(): string {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Poll the job's progress while `running`; the bar appears only for work over a moment. */
function useProgress(jobId: string | null): XlsxProgress | null {
  const [p, setP] = useState<{ jobId: string; progress: XlsxProgress | null } | null>(null);
  useEffect(() => {
    if (!jobId) return;
    const t = setInterval(() => {
      void call('xlsx:progress', { jobId }).then((r) => r.ok && setP({ jobId, progress: r.value }));
    }, 300);
    return () => clearInterval(t);
  }, [jobId]);
  // A reading of an earlier job is not this one's.
  return p && p.jobId === jobId ? p.progress : null;
}

const headingKey = (h: string) => h.replace(/[\s*★:：]/g, '');

export function ImportDialog({
  register,
  title,
  onClose,
  initialPath = '',
}: {
  register: XlsxRegister;
  title: string;
  onClose: () => void;
  /** A file dropped on the window: its path, already chosen. */
  initialPath?: string;
}) {
  const [path, setPath] = useState(initialPath);
  const [sheet, setSheet] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [createDepartments, setCreateDepartments] = useState(false);
  const [validOnly, setValidOnly] = useState(false);
  const [preview, setPreview] = useState<XlsxPreview | null>(null);
  const [result, setResult] = useState<XlsxImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [errorsPath, setErrorsPath] = useState('');
  const progress = useProgress(jobId);
  const busy = jobId !== null;
  async function run(kind: 'preview' | 'import') {
    const id = newJobId();
    setJobId(id);
    setError(null);
    const s = { path, sheet, mapping, createDepartments };
    const input = {
      register,
      path: s.path.trim(),
      ...(s.sheet ? { sheet: s.sheet } : {}),
      mapping: s.mapping,
      createDepartments: s.createDepartments,
      jobId: id,
    };
    const r =
      kind === 'preview'
        ? await call('xlsx:preview', input)
        : await call('xlsx:import', { ...input, validOnly });
    setJobId(null);
    if (!r.ok) return setError(r.error.message);
    if (r.value.cancelled) return void message.info('已取消，未写入任何数据。');
    setPreview(r.value);
    setSheet(r.value.sheet);
    if (kind === 'import') {
      const done = r.value as XlsxImportResult;
      setResult(done);
      if (done.written) void message.success(`已导入 ${done.imported} 行。`);
    }
  }

  async function saveErrors() {
    const r = await call('xlsx:errors', {
      register,
      path: path.trim(),
      ...(sheet ? { sheet } : {}),
      mapping,
      createDepartments,
      outPath: errorsPath.trim(),
    });
    if (!r.ok) return setError(r.error.message);
    void message.success(`已保存 ${r.value.rows} 行错误清单：${r.value.path}`);
  }

  const setKey = (heading: string, key: string) =>
    setMapping((m) => ({ ...m, [headingKey(heading)]: key === NOT_IMPORTED ? null : key }));
  const canImport =
    preview !== null &&
    preview.missing.length === 0 &&
    preview.valid > 0 &&
    (preview.errors.length === 0 || validOnly) &&
    !result?.written;

  return (
    <Modal open title={`从表格导入${title}`} onCancel={onClose} footer={null} width={960} destroyOnHidden>
      <div style={{ display: 'flex', gap: 8, width: '100%', marginBottom: 12 }}>
        <div style={{ flex: 1 }}>
          <PathInput
            use="xlsx"
            mode="open"
            aria-label="文件"
            placeholder="xlsx 或 csv 文件的完整路径，例如 /media/保密U盘/载体台账.xlsx"
            value={path}
            onChange={(p) => {
              setPath(p);
              setPreview(null);
              setResult(null);
            }}
          />
        </div>
        <Button type="primary" disabled={!path.trim() || busy} onClick={() => void run('preview')}>
          读取并检查
        </Button>
      </div>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      {busy ? (
        <Space style={{ marginBottom: 12 }}>
          <Progress
            style={{ width: 480 }}
            percent={progress?.total ? Math.round((progress.done / progress.total) * 100) : 0}
            format={() =>
              progress?.phase === 'write' ? '写入中' : `${progress?.done ?? 0} / ${progress?.total ?? 0} 行`
            }
          />
          <Button
            disabled={progress?.phase === 'write'}
            onClick={() => jobId && void call('xlsx:cancel', { jobId })}
          >
            取消
          </Button>
        </Space>
      ) : null}
      {preview ? (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            <span>工作表</span>
            <Select
              aria-label="工作表"
              style={{ width: 200 }}
              value={sheet}
              onChange={(v: string) => setSheet(v)}
              options={preview.sheets.map((s) => ({ value: s, label: s }))}
            />
            <Typography.Text type="secondary">
              标题在第 {preview.headingRow} 行；共 {preview.rows} 行，可导入 {preview.valid} 行，已在台账中{' '}
              {preview.duplicates} 行（跳过），错误 {preview.errors.length} 处
            </Typography.Text>
          </Space>
          <Table
            size="small"
            pagination={false}
            rowKey="heading"
            scroll={{ y: 200 }}
            dataSource={preview.mapping}
            columns={[
              { title: '表格中的列', dataIndex: 'heading', width: 220 },
              {
                title: '导入为',
                render: (_, m) => (
                  <Select
                    aria-label={`列 ${m.heading}`}
                    style={{ width: 220 }}
                    value={m.key ?? NOT_IMPORTED}
                    onChange={(v: string) => setKey(m.heading, v)}
                    options={[
                      { value: NOT_IMPORTED, label: '（不导入）' },
                      ...preview.columns.map((c) => ({
                        value: c.key,
                        label: `${c.heading}${c.required ? '（必填）' : ''}`,
                      })),
                    ]}
                  />
                ),
              },
            ]}
          />
          {preview.missing.length ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 8 }}
              message={`缺少必需的列：${preview.missing.join('、')}。请在上表中指定对应的列后重新检查。`}
            />
          ) : null}
          {preview.newDepartments.length ? (
            <Checkbox
              style={{ marginTop: 8 }}
              checked={createDepartments}
              onChange={(e) => setCreateDepartments(e.target.checked)}
            >
              新建这些部门：{preview.newDepartments.join('、')}（改动后请重新检查）
            </Checkbox>
          ) : null}
          {preview.errors.length ? (
            <>
              <Typography.Title level={5} style={{ marginTop: 12 }}>
                有错误的行（改正表格后重新导入）
              </Typography.Title>
              <Table<XlsxRowError>
                size="small"
                rowKey={(e) => `${e.row}-${e.column}-${e.reason}`}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                dataSource={preview.errors}
                columns={[
                  { title: '行', dataIndex: 'row', width: 80, render: (n: number) => `第 ${n} 行` },
                  { title: '列', dataIndex: 'column', width: 160 },
                  { title: '原因', dataIndex: 'reason' },
                ]}
              />
              <div style={{ display: 'flex', gap: 8, width: '100%', marginTop: 8 }}>
                <div style={{ flex: 1 }}>
                  <PathInput
                    use="xlsx"
                    mode="folder"
                    aria-label="错误清单保存位置"
                    placeholder="错误清单保存位置（已有的文件夹，或以 .xlsx 结尾的文件名）"
                    value={errorsPath}
                    onChange={setErrorsPath}
                  />
                </div>
                <Button disabled={!errorsPath.trim()} onClick={() => void saveErrors()}>
                  保存错误清单
                </Button>
              </div>
              <Checkbox
                style={{ marginTop: 8 }}
                checked={validOnly}
                onChange={(e) => setValidOnly(e.target.checked)}
              >
                只导入无误的 {preview.valid} 行，有错误的行不导入
              </Checkbox>
            </>
          ) : null}
          {result ? (
            <Alert
              style={{ marginTop: 12 }}
              type={result.written ? 'success' : 'warning'}
              showIcon
              message={
                result.written
                  ? `已导入 ${result.imported} 行，跳过已有 ${result.duplicates} 行。`
                  : '未写入任何数据。'
              }
            />
          ) : null}
          <Space style={{ marginTop: 12 }}>
            <Button disabled={busy} onClick={() => void run('preview')}>
              重新检查
            </Button>
            <Button type="primary" disabled={!canImport || busy} onClick={() => void run('import')}>
              导入
            </Button>
            <Button onClick={onClose}>关闭</Button>
          </Space>
        </>
      ) : null}
    </Modal>
  );
}
