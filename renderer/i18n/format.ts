import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

/** Tables: 2026-03-05. */
export function tableDate(iso: string | null | undefined): string {
  // A day as the core stores it is already written so (the register draws dozens a frame).
  if (iso && iso.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '';
}

/** Tables, with time: 2026-03-05 14:07. */
export function tableDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
}

/** Prints: 2026年3月5日. */
export function printDate(iso: string | Date | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY年M月D日') : '';
}

export function count(n: number): string {
  return n.toLocaleString('zh-CN');
}
