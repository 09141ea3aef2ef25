// An A4 sheet of the inspections and incidents registers: 返回 to the register, 打印, and the PrintFrame (the
// unit's name on every page, page numbers).
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, message } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { Result } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useSession } from '../../stores/session.store';

/** A sheet's data, read once when it opens (the paper shows the record as it was then). */
export function useSheet<T>(load: () => Promise<Result<T>>, key: string) {
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    void load().then((r) =>
      setState(r.ok ? { value: r.value, error: null } : { value: null, error: r.error.message }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}

export function InspectionSheet({
  title,
  back,
  error,
  children,
}: {
  title: string;
  back: string;
  error?: string | null;
  children: ReactNode;
}) {
  const unit = useSession((s) => s.unit);
  useEffect(() => message.destroy(), []);
  return (
    <div className="print-route">
      <style>{'@media print { .ant-message { display: none !important; } }'}</style>
      <Space className="print-toolbar no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)}>
          返回
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      </Space>
      <ErrorNote message={error} />
      <PrintFrame unitName={unit?.name ?? ''} title={title}>
        {children}
      </PrintFrame>
    </div>
  );
}

/** Signature lines under a form; the date line is left for the hand when `dated` is false. */
export function Signatures({ who, dated = true }: { who: string[]; dated?: boolean }) {
  return (
    <div className="print-signatures">
      {who.map((w) => (
        <span key={w}>{w}（签字）：</span>
      ))}
      <span>日期：{dated ? printDate(new Date()) : ''}</span>
    </div>
  );
}
