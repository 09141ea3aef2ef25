import { z } from 'zod';

/** The bounds of a free-form JSON field (issue 22, point 4): about 64 KiB as JSON, nesting depth 8. */
export const JSON_MAX_BYTES = 64 * 1024;
export const JSON_MAX_DEPTH = 8;

/**
 * Measures a JSON value and stops as soon as it is over a bound, so a 10 MB value costs no more than the part
 * of it read before the bound (a long string is judged by its length, never copied or encoded).
 */
export function jsonOverBounds(
  value: unknown,
  maxBytes = JSON_MAX_BYTES,
  maxDepth = JSON_MAX_DEPTH,
): 'size' | 'depth' | 'kind' | null {
  let budget = maxBytes;
  const walk = (v: unknown, depth: number): 'size' | 'depth' | 'kind' | null => {
    if (depth > maxDepth) return 'depth';
    if (v === null || typeof v === 'boolean') budget -= 5;
    else if (typeof v === 'number') budget -= Number.isFinite(v) ? 24 : Infinity;
    else if (typeof v === 'string') budget -= v.length * 3 + 2;
    else if (Array.isArray(v)) {
      budget -= 2;
      for (const x of v) {
        if (budget < 0) return 'size';
        const r = walk(x, depth + 1);
        if (r) return r;
        budget -= 1;
      }
    } else if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      budget -= 2;
      for (const k in v) {
        if (budget < 0) return 'size';
        budget -= k.length * 3 + 4;
        const r = walk((v as Record<string, unknown>)[k], depth + 1);
        if (r) return r;
      }
    } else return 'kind';
    return budget < 0 ? 'size' : null;
  };
  return walk(value, 1);
}

/** A free-form JSON object (e.g. an approval's proposed `detail`), bounded before zod looks inside it. */
export const boundedJsonObject = (label: string) =>
  z
    .unknown()
    .superRefine((v, ctx) => {
      const why = jsonOverBounds(v);
      if (why === 'size')
        ctx.addIssue({ code: 'custom', message: `${label}内容过大（不能超过 64 KB）`, abort: true });
      if (why === 'depth')
        ctx.addIssue({
          code: 'custom',
          message: `${label}嵌套层次过深（不能超过 ${JSON_MAX_DEPTH} 层）`,
          abort: true,
        });
      if (why === 'kind')
        ctx.addIssue({ code: 'custom', message: `${label}含有无法保存的内容`, abort: true });
    })
    .pipe(z.record(z.string(), z.unknown()));
