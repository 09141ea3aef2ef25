// The attendance sheet of a held session: one department at a time (or everyone), 出席 ticked by department in
// one click or person by person with the keyboard (Tab to a box, Space to tick); an untick is 缺席 and asks its
// reason. Saving sends every line set; the core refuses a session not held or still ahead.
import { Alert, Button, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { AttendanceStatus, ChannelInput, RosterLine } from '../../../electron/ipc/contract';
import { ATTENDANCE_STATUS_LABELS, CLEARANCE_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import { useLoad } from '../../stores/load';

type Mark = { status: AttendanceStatus | null; reason: string };
const keyOf = (l: RosterLine) => (l.personId !== null ? `p${l.personId}` : `s${l.staffId}`);

export function AttendanceSheet({ sessionId }: { sessionId: number }) {
  const roster = useLoad('trainings:roster', { sessionId }, ['trainings', 'persons']).value;
  // What the clerk changed on top of the lines recorded (cleared once saved: the sheet then reads them back).
  const [edits, setEdits] = useState<Map<string, Mark>>(new Map());
  const [dept, setDept] = useState<number | 'all'>('all');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const marks = useMemo(() => {
    const m = new Map<string, Mark>();
    for (const l of roster ?? []) m.set(keyOf(l), { status: l.status, reason: l.absenceReason ?? '' });
    for (const [k, v] of edits) m.set(k, v);
    return m;
  }, [roster, edits]);
  const departments = useMemo(() => {
    const seen = new Map<number, string>();
    for (const l of roster ?? []) seen.set(l.departmentId, l.department);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [roster]);
  const shown = (roster ?? []).filter((l) => dept === 'all' || l.departmentId === dept);
  const mark = (keys: string[], m: Partial<Mark>) => {
    setSaved(false);
    setEdits((old) => {
      const next = new Map(old);
      for (const k of keys) next.set(k, { status: null, reason: '', ...marks.get(k), ...old.get(k), ...m });
      return next;
    });
  };
  const save = async () => {
    const lines: ChannelInput<'trainings:attend'>['lines'] = [];
    for (const l of roster ?? []) {
      const m = marks.get(keyOf(l));
      // A 补学 already recorded stays as it is.
      if (!m?.status || m.status === 'make_up') continue;
      lines.push({
        ...(l.personId !== null ? { personId: l.personId } : { staffId: l.staffId ?? 0 }),
        status: m.status,
        ...(m.status === 'absent' ? { absenceReason: m.reason.trim() || undefined } : {}),
      });
    }
    if (!lines.length) return setError('请至少登记一人的出席情况。');
    setSaving(true);
    const r = await call('trainings:attend', { sessionId, lines });
    setSaving(false);
    if (r.ok) {
      setError(null);
      setSaved(true);
      setEdits(new Map());
    } else {
      const at = /^lines\.(\d+)\./.exec(r.error.fields?.[0]?.path ?? '');
      const sent = (roster ?? []).filter((l) => {
        const st = marks.get(keyOf(l))?.status;
        return st && st !== 'make_up';
      });
      const who = at ? sent[Number(at[1])] : undefined;
      setError(`${who ? `${who.name}：` : ''}${r.error.fields?.[0]?.message ?? r.error.message}`);
    }
  };
  const present = shown.filter((l) => marks.get(keyOf(l))?.status === 'present').length;
  return (
    <div className="attendance-sheet">
      <Space wrap style={{ marginBottom: 8 }}>
        <Select<number | 'all'>
          aria-label="部门"
          style={{ width: 180 }}
          value={dept}
          onChange={setDept}
          options={[{ value: 'all', label: '全部部门' }, ...departments]}
        />
        <Button onClick={() => mark(shown.map(keyOf), { status: 'present' })}>
          {dept === 'all' ? '全部出席' : '本部门全部出席'}
        </Button>
        <Typography.Text type="secondary">
          出席 {present} / {shown.length} 人
        </Typography.Text>
        <Button type="primary" loading={saving} onClick={() => void save()}>
          保存出席情况
        </Button>
        {saved ? <Tag color="green">已保存</Tag> : null}
      </Space>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} /> : null}
      <Table<RosterLine>
        size="small"
        rowKey={keyOf}
        dataSource={shown}
        pagination={false}
        scroll={{ y: 'calc(100vh - 360px)' }}
        columns={[
          { key: 'dept', title: '部门', width: 110, render: (_, l) => l.department },
          { key: 'name', title: '姓名', width: 90, render: (_, l) => l.name },
          {
            key: 'clearance',
            title: '涉密等级',
            width: 90,
            render: (_, l) => (l.clearance ? CLEARANCE_LABELS[l.clearance] : '在职人员'),
          },
          {
            key: 'present',
            title: '出席',
            width: 70,
            render: (_, l) => {
              const m = marks.get(keyOf(l));
              return (
                <Checkbox
                  aria-label={`${l.name} 出席`}
                  checked={m?.status === 'present' || m?.status === 'make_up'}
                  onChange={(e) => mark([keyOf(l)], { status: e.target.checked ? 'present' : 'absent' })}
                />
              );
            },
          },
          {
            key: 'reason',
            title: '缺席原因',
            render: (_, l) => {
              const m = marks.get(keyOf(l));
              if (m?.status === 'make_up') return <Tag>{ATTENDANCE_STATUS_LABELS.make_up}</Tag>;
              return m?.status === 'absent' ? (
                <Input
                  size="small"
                  aria-label={`${l.name} 缺席原因`}
                  placeholder="缺席须注明原因"
                  value={m.reason}
                  onChange={(e) => mark([keyOf(l)], { reason: e.target.value })}
                />
              ) : null;
            },
          },
        ]}
      />
    </div>
  );
}
