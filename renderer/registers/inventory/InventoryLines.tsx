// The copies of one 清点, a page at a time from the core (960 copies are 960, not the first 500): a scan field
// (编号 and 份号, Enter marks 在位), a search that runs as the clerk types, a filter by result, and 未清点的全部记为在位
// naming the count it will mark.
import { Button, Input, Radio, Select, Space, Table, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { InventoryLineView, InventoryView } from '../../../electron/ipc/contract';
import { INVENTORY_RESULT_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { LevelTag } from '../../components/LevelTag';
import { useLoad } from '../../stores/load';

type Result = 'present' | 'missing' | 'discrepant';
type Filter = 'all' | 'pending' | Result;

const PAGE_SIZE = 50;

/** Copies not yet counted, from the report (the whole count, not the page on screen). */
export const pendingOf = (v: InventoryView): number =>
  v.report.total - v.report.present - v.report.missing - v.report.discrepant;

/** The search box's text, passed on once the clerk pauses typing (Enter passes it at once). */
function useDebounced(text: string, ms: number): [string, () => void] {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(t);
  }, [text, ms]);
  return [settled, () => setSettled(text)];
}

function ScanEntry({ inv }: { inv: InventoryView }) {
  const [code, setCode] = useState('');
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const ref = useRef<InputRef>(null);
  useEffect(() => ref.current?.focus(), []);
  const mark = async () => {
    const text = code.trim();
    if (!text) return;
    const r = await call('inventory:scan', { inventoryId: inv.id, code: text });
    if (r.ok) {
      const { line, already } = r.value;
      const what = `${line.carrierNo} 第${line.copyNo}份 ${line.name}`;
      setSaid({
        ok: true,
        text: already ? `${what}：此前已记为${INVENTORY_RESULT_LABELS[line.result]}` : `已记为在位：${what}`,
      });
      setCode('');
    } else {
      // The code stays, selected, so the next scan replaces it.
      setSaid({ ok: false, text: r.error.message });
      ref.current?.select();
    }
  };
  return (
    <div
      className="inventory-scan"
      style={{ display: 'flex', flexDirection: 'column', gap: 4, maxWidth: 560, marginBottom: 12 }}
    >
      <Input
        ref={ref}
        aria-label="扫码或输入编号和份号"
        placeholder="扫码或输入 编号 份号（如 收2026-00012 0015），回车记为在位"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onPressEnter={() => void mark()}
        allowClear
      />
      <Typography.Text
        role="status"
        className="inventory-scan-said"
        type={said && !said.ok ? 'danger' : 'success'}
        style={{ minHeight: 22 }}
      >
        {said?.text ?? ''}
      </Typography.Text>
    </div>
  );
}

/**
 * One copy's 在位 / 缺失 / 不符: shows the clerk's choice at once, and goes back to what is recorded if the core
 * refuses it. Only this cell draws again on a click; the row is drawn anew (its key) when the recorded result
 * arrives with the page read after the write.
 */
function ResultCell({
  line,
  check,
}: {
  line: InventoryLineView;
  check: (lines: { lineId: number; result: Result }[]) => Promise<boolean>;
}) {
  const [chosen, setChosen] = useState<Result | null>(null);
  const recorded = line.result === 'pending' ? null : line.result;
  return (
    <Radio.Group
      aria-label={`${line.carrierNo} 第${line.copyNo}份`}
      value={chosen ?? recorded}
      onChange={(e) => {
        const result = e.target.value as Result;
        setChosen(result);
        void check([{ lineId: line.id, result }]).then((ok) => {
          if (!ok) setChosen(null);
        });
      }}
      options={(['present', 'missing', 'discrepant'] as const).map((k) => ({
        value: k,
        label: INVENTORY_RESULT_LABELS[k],
      }))}
    />
  );
}

export function InventoryLines({
  inv,
  onClose,
  onChecked,
}: {
  inv: InventoryView;
  onClose: () => void;
  /** The 清点 as a mark's own answer has it (the new report), before the list is read again. */
  onChecked: (v: InventoryView) => void;
}) {
  const [typed, setTyped] = useState('');
  const [q, flush] = useDebounced(typed.trim(), 250);
  const [filter, setFilter] = useState<Filter>('all');
  // A new search or filter starts from its first page.
  const [turned, setTurned] = useState({ at: '', page: 1 });
  const at = `${q}\u0000${filter}`;
  const page = turned.at === at ? turned.page : 1;
  const setPage = useCallback((p: number) => setTurned({ at, page: p }), [at]);
  const loaded = useLoad(
    'inventory:get',
    {
      id: inv.id,
      page,
      pageSize: PAGE_SIZE,
      ...(q ? { q } : {}),
      ...(filter === 'all' ? {} : { result: filter }),
    },
    ['inventory', 'carriers'],
    true,
  );
  const detail = loaded.value;
  const [checkError, setCheckError] = useState<string | null>(null);
  const error = checkError ?? loaded.error;
  // Read when a mark answers, so a new list (a new callback) does not make the rows' table draw again.
  const reported = useRef(onChecked);
  useLayoutEffect(() => {
    reported.current = onChecked;
  });
  const check = useCallback(
    async (lines: { lineId: number; result: Result }[]): Promise<boolean> => {
      const r = await call('inventory:check', { inventoryId: inv.id, lines });
      setCheckError(r.ok ? null : r.error.message);
      if (r.ok) reported.current(r.value);
      return r.ok;
    },
    [inv.id],
  );
  const rest = pendingOf(inv);
  const markRest = async () => {
    const r = await call('inventory:checkRest', { inventoryId: inv.id, expected: rest });
    setCheckError(r.ok ? null : r.error.message);
  };
  const open = inv.status === 'open';
  // The rows are drawn again only when they change (a page read, a search): the list of 清点 answers first
  // after each mark with the new report, and redrawing 50 rows of 在位/缺失/不符 then (antd's radios) put about
  // a hundred milliseconds between the click and the count on a loaded machine (issue 23, point 2).
  const lines = detail?.lines;
  const loadingFirst = loaded.loading && !detail;
  const empty = q || filter !== 'all' ? '没有符合条件的份。' : '这次清点没有要清点的份。';
  const table = useMemo(
    () => (
      <Table<InventoryLineView>
        size="small"
        rowKey="id"
        loading={loadingFirst}
        dataSource={lines?.rows ?? []}
        scroll={{ x: 720 }}
        locale={{ emptyText: empty }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: lines?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 份`,
          onChange: setPage,
        }}
        columns={[
          { title: '编号', dataIndex: 'carrierNo', width: 130, fixed: 'left' },
          { title: '密级', width: 70, render: (_, l) => <LevelTag level={l.level} /> },
          { title: '名称', dataIndex: 'name', ellipsis: true },
          { title: '份号', dataIndex: 'copyText', width: 60 },
          { title: '应在', dataIndex: 'expectedHolder', width: 110, ellipsis: true },
          {
            title: '清点结果',
            width: 220,
            // A page read after a mark brings 50 new row objects: only the rows whose result changed redraw
            // their radios (the whole page's took ~100 ms on a loaded machine).
            shouldCellUpdate: (l, prev) => l.id !== prev.id || l.result !== prev.result,
            render: (_, l) =>
              open ? (
                <ResultCell key={`${l.id}-${l.result}`} line={l} check={check} />
              ) : (
                INVENTORY_RESULT_LABELS[l.result]
              ),
          },
        ]}
      />
    ),
    [lines, loadingFirst, empty, page, open, check, setPage],
  );
  return (
    <>
      <ErrorNote message={error} />
      {open ? (
        <>
          <ScanEntry key={inv.id} inv={inv} />
          <Space className="inventory-actions" wrap style={{ marginBottom: 12 }}>
            <Button type="primary" onClick={onClose}>
              结束清点
            </Button>
            <Button disabled={!rest} onClick={() => void markRest()}>
              未清点的全部记为在位（{rest}）
            </Button>
          </Space>
        </>
      ) : null}
      <Space className="inventory-filters" wrap style={{ marginBottom: 8 }}>
        <Input.Search
          aria-label="搜索本次清点"
          placeholder="编号、名称、应在或份号"
          allowClear
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={flush}
          style={{ width: 260 }}
        />
        <Select<Filter>
          aria-label="清点结果"
          value={filter}
          onChange={setFilter}
          style={{ width: 120 }}
          options={[
            { value: 'all', label: '全部结果' },
            { value: 'pending', label: INVENTORY_RESULT_LABELS.pending },
            ...(['present', 'missing', 'discrepant'] as const).map((k) => ({
              value: k,
              label: INVENTORY_RESULT_LABELS[k],
            })),
          ]}
        />
      </Space>
      {table}
    </>
  );
}
