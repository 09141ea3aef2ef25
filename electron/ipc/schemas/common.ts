import { z } from 'zod';

/** Trimmed, non-empty text with a Chinese message naming the field. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`);

export const optionalText = (label: string, max = 500) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 个字`).optional();

export const empty = z.object({}).strict();

export const username = z
  .string({ error: '请填写用户名' })
  .trim()
  .regex(/^[A-Za-z0-9_.-]{2,32}$/, '用户名为 2–32 位英文字母、数字或 _ . -');

export const password = z
  .string({ error: '请填写密码' })
  .min(1, '请填写密码')
  .max(128, '密码不能超过 128 个字符');

/** A calendar date as `YYYY-MM-DD` that actually exists (no 2月30日). */
export const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`)
    .refine(
      (s) =>
        !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      `${label}不是有效日期`,
    );

/** The id the screen gives a long piece of work, to ask how far it got and to cancel it. */
export const jobId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, '任务编号无效');
export const JobInput = z.object({ jobId });
/** How far a job got; null once it has ended (or was never started). */
export type JobProgressView = { done: number; total: number } | null;

/** A page of a register asked for: 1-based, at most 500 rows. */
export const PageInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

/** One page of a register and how many rows the whole query has. */
export interface Page<T> {
  rows: T[];
  total: number;
}
