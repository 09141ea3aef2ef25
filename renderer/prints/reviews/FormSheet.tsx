// One record on A4 as a two-column form (label, value), with the signature lines under it: the shape of the
// 审批表/审定表/记录表 of issue 17. Data read once when the print opens.
import { Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { Result } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { useSession } from '../../stores/session.store';
import { PrintToolbar } from '../allowance/AllowanceStatementPrint';

export type FormRow = [label: string, value: ReactNode];

export function FormTable({ rows }: { rows: FormRow[] }) {
  return (
    <table className="print-table">
      <tbody>
        {rows.map(([label, value], i) => (
          <tr key={i}>
            <th style={{ width: '28%', textAlign: 'left' }}>{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Signatures({ who }: { who: string[] }) {
  return (
    <div className="print-signatures">
      {who.map((w) => (
        <span key={w}>{w}（签字）：</span>
      ))}
    </div>
  );
}

/** Read `load` once, then show `render(value)` on A4 under `title`, with 返回 to `back`. */
export function RecordSheet<T>({
  title,
  back,
  load,
  render,
}: {
  title: string;
  back: string;
  load: () => Promise<Result<T>>;
  render: (value: T) => ReactNode;
}) {
  const unit = useSession((s) => s.unit);
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    void load().then((r) =>
      setState(r.ok ? { value: r.value, error: null } : { value: null, error: r.error.message }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [title]);
  if (!unit) return null;
  return (
    <div className="print-route">
      <PrintToolbar back={back} />
      <ErrorNote message={state.error} />
      {state.value === null ? (
        state.error ? null : (
          <Spin />
        )
      ) : (
        <PrintFrame unitName={unit.name} title={title}>
          {render(state.value)}
        </PrintFrame>
      )}
    </div>
  );
}
