// The frame every device print shares: 返回 and 打印 above an A4 PrintFrame with the unit's name, the data read
// once when opened, and the signature lines under the forms.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, message } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { Page, Result } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useSession } from '../../stores/session.store';

/** Paper is for what fits on a desk: the print stops at this many rows and says so. */
export const MAX_ROWS = 5000;

export async function allRows<T>(load: (page: number) => Promise<Result<Page<T>>>): Promise<Result<T[]>> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const r = await load(page);
    if (!r.ok) return r;
    rows.push(...r.value.rows);
    if (r.value.rows.length === 0 || rows.length >= r.value.total || rows.length >= MAX_ROWS)
      return { ok: true, value: rows };
  }
}

export function useOnce<T>(load: () => Promise<Result<T>>, deps: unknown[]) {
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    void load().then((r) =>
      setState(r.ok ? { value: r.value, error: null } : { value: null, error: r.error.message }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

export function DeviceSheet({
  title,
  back,
  error,
  landscape,
  children,
}: {
  title: string;
  /** The register page 返回 goes to. */
  back: string;
  error?: string | null;
  landscape?: boolean;
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
        {/* After the frame's own @page rule, so that it wins. */}
        {landscape ? <style>{'@page { size: A4 landscape; }'}</style> : null}
        {children}
      </PrintFrame>
    </div>
  );
}

export const small = { fontSize: '9pt' };
export const nw = { whiteSpace: 'nowrap' as const };

/** Signature lines under a form or register. */
export function Signatures({ who }: { who: string[] }) {
  return (
    <div className="print-signatures">
      {who.map((w) => (
        <span key={w}>{w}（签字）：</span>
      ))}
      <span>日期：{printDate(new Date())}</span>
    </div>
  );
}
