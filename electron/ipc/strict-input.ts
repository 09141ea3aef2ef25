// Unknown keys are refused, not stripped, on every channel input (issue 22, point 4). zod's objects strip what
// they do not know, so a renderer could smuggle fields past a schema that a later change starts to read; the
// dispatcher therefore walks the input beside its schema once, before parsing, and refuses any key no schema
// names. One place for every channel, so a new schema cannot forget `.strict()`.
import type { z } from 'zod';
import type { AppError } from '../../db/domain/errors';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Schema kinds that never hold keys of their own (leaves), or take any value as it comes. */
export const LEAF_KINDS = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'bigint',
  'date',
  'enum',
  'literal',
  'null',
  'undefined',
  'void',
  'never',
  'nan',
  'unknown',
  'any',
  'template_literal',
  'file',
  'custom',
  'transform',
  'success',
  'symbol',
]);
/** Kinds that wrap one inner schema checked against the same input. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keys an object-ish schema (object, or a union/wrapper of objects) names at its top level. */
function knownKeys(schema: z.ZodType, seen = 0): Set<string> | null {
  const d = defOf(schema);
  if (seen > 20) return null;
  if (d.type === 'object')
    return d.catchall && defOf(d.catchall).type !== 'never' ? null : new Set(Object.keys(d.shape ?? {}));
  if (WRAPPERS.has(d.type) && d.innerType) return knownKeys(d.innerType, seen + 1);
  if (d.type === 'pipe' && d.in) return knownKeys(d.in, seen + 1);
  if (d.type === 'lazy' && d.getter) return knownKeys(d.getter(), seen + 1);
  if (d.type === 'union' || d.type === 'intersection') {
    const parts =
      d.type === 'union' ? (d.options ?? []) : [d.left, d.right].filter((x): x is z.ZodType => !!x);
    const all = new Set<string>();
    for (const p of parts) {
      const k = knownKeys(p, seen + 1);
      if (k === null) return null;
      for (const key of k) all.add(key);
    }
    return all;
  }
  return null;
}

/**
 * Paths (`a.b.0.c`) of the keys in `value` that `schema` does not name. A key of an object that allows any keys
 * (a record, a loose object, `z.unknown()`) is not checked below that point: bounded-json.ts bounds those.
 * Throws on a schema kind it does not know, so a new kind cannot pass unchecked (the contract test walks all).
 */
export function unknownKeys(schema: z.ZodType, value: unknown, path: string[] = []): string[] {
  const d = defOf(schema);
  if (LEAF_KINDS.has(d.type)) return [];
  if (WRAPPERS.has(d.type))
    return d.innerType && value !== undefined && value !== null ? unknownKeys(d.innerType, value, path) : [];
  switch (d.type) {
    case 'pipe':
      return d.in ? unknownKeys(d.in, value, path) : [];
    case 'lazy':
      return d.getter ? unknownKeys(d.getter(), value, path) : [];
    case 'object': {
      if (!isPlain(value)) return [];
      const shape = d.shape ?? {};
      // An explicitly strict object refuses its own unknown keys with its own message (zod reports them);
      // an open one (loose, catchall) takes any.
      const open = d.catchall !== undefined;
      const out: string[] = [];
      for (const [k, v] of Object.entries(value)) {
        const field = Object.hasOwn(shape, k) ? shape[k] : undefined;
        if (field) out.push(...unknownKeys(field, v, [...path, k]));
        else if (!open) out.push([...path, k].join('.'));
      }
      return out;
    }
    case 'array':
      if (d.element && LEAF_KINDS.has(defOf(d.element).type)) return [];
      return Array.isArray(value) && d.element
        ? value.flatMap((v, i) => unknownKeys(d.element as z.ZodType, v, [...path, String(i)]))
        : [];
    case 'tuple':
      return Array.isArray(value)
        ? value.flatMap((v, i) => {
            const s = d.items?.[i] ?? d.rest ?? undefined;
            return s ? unknownKeys(s, v, [...path, String(i)]) : [];
          })
        : [];
    case 'record':
      // A record of anything (free-form JSON) is bounded by bounded-json.ts, not walked key by key here.
      if (d.valueType && LEAF_KINDS.has(defOf(d.valueType).type)) return [];
      return isPlain(value) && d.valueType
        ? Object.entries(value).flatMap(([k, v]) => unknownKeys(d.valueType as z.ZodType, v, [...path, k]))
        : [];
    case 'union': {
      const options = d.options ?? [];
      // The option the value belongs to decides; if none accepts it, zod reports that, and a key no option
      // names at all is still refused here.
      const fits = options.find((o) => o.safeParse(value).success);
      if (fits) return unknownKeys(fits, value, path);
      const known = knownKeys(schema);
      return known && isPlain(value)
        ? Object.keys(value)
            .filter((k) => !known.has(k))
            .map((k) => [...path, k].join('.'))
        : [];
    }
    case 'intersection': {
      const known = knownKeys(schema);
      return known && isPlain(value)
        ? Object.keys(value)
            .filter((k) => !known.has(k))
            .map((k) => [...path, k].join('.'))
        : [];
    }
    default:
      throw new Error(`strict-input: schema kind ${d.type} is not walked`);
  }
}

/** Every schema kind reachable from `schema` (the contract test checks each is walked). */
export function schemaKinds(
  schema: z.ZodType,
  out = new Set<string>(),
  seen = new Set<unknown>(),
): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const d = defOf(schema);
  out.add(d.type);
  const next = [
    ...Object.values(d.shape ?? {}),
    ...(d.options ?? []),
    ...(d.items ?? []),
    d.catchall,
    d.innerType,
    d.in,
    d.element,
    d.valueType,
    d.rest ?? undefined,
    d.left,
    d.right,
    d.type === 'lazy' ? d.getter?.() : undefined,
  ];
  for (const n of next) if (n) schemaKinds(n, out, seen);
  return out;
}

export function unknownKeysError(paths: string[]): AppError {
  return {
    code: 'VALIDATION',
    message: `输入有误：含有程序不认识的字段（${paths.slice(0, 5).join('、')}），未处理。`,
    fields: paths.slice(0, 20).map((path) => ({ path, message: '不认识的字段' })),
  };
}
