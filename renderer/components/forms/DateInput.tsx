// The one date field of the app: antd's DatePicker (zh_CN through the app's ConfigProvider), never the browser's
// native date input (mm/dd/yyyy and an English bubble). Its value is the string the core validates
// (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` with `time`), so forms, filters and field errors stay as they were.
// Clerks type dates as they write them: 2026-12-03, 2026.12.3, 2026/12/3, 20261203, 2026年12月3日.
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useRef, useState, type CSSProperties } from 'react';

dayjs.extend(customParseFormat);

/** Shown in the first; every one is accepted when typed (strict, so 2026.13.1 is refused, not rolled over). */
export const DAY_FORMATS = [
  'YYYY-MM-DD',
  'YYYY-M-D',
  'YYYY.M.D',
  'YYYY.MM.DD',
  'YYYY/M/D',
  'YYYY/MM/DD',
  'YYYYMMDD',
  'YYYY年M月D日',
];
const MINUTE_FORMATS = DAY_FORMATS.flatMap((f) => [`${f} HH:mm`, `${f} H:mm`]);
const DAY = 'YYYY-MM-DD';
const MINUTE = 'YYYY-MM-DDTHH:mm';

export interface DateInputProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Date and time to the minute. */
  time?: boolean;
  disabled?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  allowClear?: boolean;
}

export function DateInput({ value, onChange, time, placeholder, style, ...rest }: DateInputProps) {
  const stored = time ? MINUTE : DAY;
  const parsed = value ? dayjs(value, stored, true) : null;
  // The calendar opens on a click, not when the field is reached by Tab or typed into: a typed date needs no
  // calendar, and an open one would cover the fields and the buttons below it.
  const [open, setOpen] = useState(false);
  const clicked = useRef(false);
  // With the calendar closed the picker keeps typed text to itself: the field takes it when the clerk leaves
  // it or presses Enter (before the form's Enter submits), if it is a date in one of the accepted forms.
  const commitTyped = (target: EventTarget) => {
    if (!(target instanceof HTMLInputElement)) return;
    const text = target.value.trim();
    const d = dayjs(text, time ? MINUTE_FORMATS : DAY_FORMATS, true);
    if (text && d.isValid() && d.format(stored) !== value) onChange?.(d.format(stored));
  };
  return (
    <span
      className="date-input"
      onMouseDownCapture={() => {
        clicked.current = true;
      }}
      onBlurCapture={(e) => commitTyped(e.target)}
      onKeyDownCapture={(e) => {
        if (e.key === 'Enter') commitTyped(e.target);
      }}
    >
      <DatePicker
        {...rest}
        open={open}
        onOpenChange={(next) => {
          if (!next || clicked.current) setOpen(next);
          clicked.current = false;
        }}
        value={parsed?.isValid() ? parsed : null}
        format={time ? MINUTE_FORMATS : DAY_FORMATS}
        showTime={time ? { format: 'HH:mm' } : false}
        placeholder={placeholder ?? (time ? '如 2026-12-03 09:30' : '如 2026-12-03')}
        style={{ width: time ? 220 : 180, maxWidth: '100%', ...style }}
        onChange={(d: Dayjs | null) => onChange?.(d ? d.format(stored) : undefined)}
      />
    </span>
  );
}
