// The checklist as a fast keyboard form: ↑/↓ move between lines, 1 / 2 / 3 answer 符合 / 不符合 / 不适用 and
// move on, Enter opens the line's note; the current line takes a scan as its evidence. Each answer is saved as it is given (a 不符合 becomes a finding at
// once), so a check interrupted halfway loses nothing.
import { Input, Tag, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CheckAnswer, InspectionItemView, InspectionView } from '../../../electron/ipc/contract';
import { CHECK_ANSWER_LABELS, CHECK_AREA_LABELS } from '../../../db/domain/labels';
import { CHECK_ANSWERS } from '../../../db/domain/vocab';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { ScanUpload } from '../../components/ScanUpload';
import './inspections.css';

const COLOR: Record<CheckAnswer, string> = { pass: 'green', fail: 'red', na: 'default' };

export function Checklist({ check }: { check: InspectionView }) {
  const [at, setAt] = useState(() =>
    Math.max(
      0,
      check.checklist.findIndex((i) => i.answer === null),
    ),
  );
  const [noteOf, setNoteOf] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const readOnly = check.status === 'closed';
  const items = check.checklist;

  useEffect(() => {
    box.current?.querySelector<HTMLElement>(`[data-line="${at}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  const save = async (
    item: InspectionItemView,
    answer: CheckAnswer | null,
    note: string | null,
    evidenceAttachmentId?: number,
  ) => {
    setError(null);
    const r = await call('inspections:answer', {
      inspectionId: check.id,
      answers: [
        {
          itemId: item.id,
          answer,
          ...(note ? { note } : {}),
          ...(evidenceAttachmentId ? { evidenceAttachmentId } : {}),
        },
      ],
    });
    if (!r.ok) setError(r.error.message);
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || noteOf !== null) return;
    const item = items[at];
    if (e.key === 'ArrowDown') setAt((i) => Math.min(items.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setAt((i) => Math.max(0, i - 1));
    else if (item && ['1', '2', '3'].includes(e.key)) {
      const answer = CHECK_ANSWERS[Number(e.key) - 1] ?? null;
      void save(item, answer, item.note);
      setAt((i) => Math.min(items.length - 1, i + 1));
    } else if (item && e.key === 'Enter') setNoteOf(item.id);
    else return;
    e.preventDefault();
  };

  const answered = items.filter((i) => i.answer !== null).length;
  return (
    <div>
      <Typography.Text type="secondary">
        已填 {answered} / {items.length} 项。
        {readOnly ? '检查已结束。' : '↑↓ 选择，1 符合、2 不符合、3 不适用，Enter 填写说明。'}
      </Typography.Text>
      <ErrorNote message={error} />
      <div
        ref={box}
        className="checklist"
        tabIndex={0}
        role="listbox"
        aria-label="检查表"
        aria-activedescendant={`line-${at}`}
        onKeyDown={onKey}
      >
        {items.map((item, i) => (
          <div
            key={item.id}
            id={`line-${i}`}
            data-line={i}
            role="option"
            aria-selected={i === at}
            className={`checklist-line${i === at ? ' current' : ''}`}
            onClick={() => setAt(i)}
          >
            {i === 0 || items[i - 1]?.area !== item.area ? (
              <div className="checklist-area">{CHECK_AREA_LABELS[item.area]}</div>
            ) : null}
            <div className="checklist-row">
              <span className="checklist-seq">{item.seq}.</span>
              <span className="checklist-text">{item.text}</span>
              {item.evidenceAttachmentId ? <Tag color="blue">已附扫描件</Tag> : null}
              {item.answer ? (
                <Tag color={COLOR[item.answer]}>{CHECK_ANSWER_LABELS[item.answer]}</Tag>
              ) : (
                <Tag>未填</Tag>
              )}
            </div>
            {i === at && !readOnly ? (
              // Evidence of this line (a photo of the 保密柜, the signed 责任书 …), kept with its answer.
              <div className="checklist-scan">
                <ScanUpload
                  label={item.evidenceAttachmentId ? '更换扫描件' : '附扫描件'}
                  onUploaded={(a) => save(item, item.answer, item.note, a.id)}
                />
              </div>
            ) : null}
            {noteOf === item.id ? (
              <Input
                autoFocus
                size="small"
                aria-label="说明"
                defaultValue={item.note ?? ''}
                placeholder="说明（Enter 保存，Esc 取消）"
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setNoteOf(null);
                  if (e.key === 'Enter') {
                    void save(item, item.answer, e.currentTarget.value.trim() || null);
                    setNoteOf(null);
                    box.current?.focus();
                  }
                  e.stopPropagation();
                }}
              />
            ) : item.note ? (
              <div className="checklist-note">说明：{item.note}</div>
            ) : null}
          </div>
        ))}
      </div>
    </div>
  );
}
