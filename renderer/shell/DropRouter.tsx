// A file dropped on the window where no field or open record takes it (issue 21 point 4): a package at the
// supervisor opens 校验并导入, a receipt or notice its import, a table the importer of the register in view
// (a choice when the page has several), each with the dropped file already chosen and the same checks as the
// button; anything else is answered in Chinese, and nothing is imported before the clerk confirms.
import { Button, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { droppedPath, setWindowDrop } from '../components/files/drop';
import { dropRoute } from '../components/files/dropRoute';
import { toastError, toastInfo } from '../components/toast';
import { NoticeImport } from '../registers/exchange/NoticesPanel';
import { ReceiptImport } from '../registers/exchange/OutgoingPanel';
import { PackageImport } from '../registers/exchange/SupervisorPanel';
import { mountedImports, type MountedImport } from '../registers/xlsx/ImportButton';
import { useSession } from '../stores/session.store';

type Open = { kind: 'package' | 'receipt' | 'notice' | 'choose'; path: string; name: string };

const NO_PATH = '此窗口无法取得拖入文件的位置，请点“浏览…”选择该文件。';

export function DropRouter() {
  const mode = useSession((s) => s.unit?.mode ?? 'unit');
  const [open, setOpen] = useState<Open | null>(null);
  const [choices, setChoices] = useState<readonly MountedImport[]>([]);
  useEffect(() => {
    setWindowDrop((file) => {
      const route = dropRoute(file.name, mode);
      if (route.kind === 'refuse') return toastError(route.message);
      if (route.kind === 'scan') return toastError('请先打开要附上扫描件的记录，再把扫描件拖入窗口。');
      const path = droppedPath(file) ?? '';
      if (!path) toastInfo(NO_PATH);
      if (route.kind !== 'xlsx') return setOpen({ kind: route.kind, path, name: file.name });
      const here = mountedImports();
      if (here.length === 0) return toastError('请先打开要导入的台账页面，再把表格拖入窗口。');
      if (here.length === 1) return here[0]?.open(path);
      setChoices([...here]);
      setOpen({ kind: 'choose', path, name: file.name });
    });
    return () => setWindowDrop(null);
  }, [mode]);
  if (!open) return null;
  const close = () => setOpen(null);
  if (open.kind === 'choose')
    return (
      <Modal open title="导入到哪一个台账" footer={null} onCancel={close} destroyOnHidden>
        <Typography.Paragraph>本页有多个台账可从表格导入，请选择：</Typography.Paragraph>
        <Space wrap>
          {choices.map((c) => (
            <Button
              key={c.register}
              onClick={() => {
                close();
                c.open(open.path);
              }}
            >
              {c.title}
            </Button>
          ))}
        </Space>
      </Modal>
    );
  return (
    <Modal open title={`拖入的文件：${open.name}`} footer={null} onCancel={close} destroyOnHidden width={760}>
      {open.kind === 'package' ? <PackageImport initialPath={open.path} /> : null}
      {open.kind === 'receipt' ? <ReceiptImport initialPath={open.path} /> : null}
      {open.kind === 'notice' ? <NoticeImport initialPath={open.path} /> : null}
    </Modal>
  );
}
