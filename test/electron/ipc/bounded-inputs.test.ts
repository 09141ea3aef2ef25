import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channelNames, contract } from '../../../electron/ipc/contract';
import { LEAF_KINDS, schemaKinds, unknownKeys } from '../../../electron/ipc/strict-input';
import { callsOn } from '../../helpers/calls';
import { CLERK, setUpCore } from '../../helpers/temp';

const WALKED = new Set([
  ...LEAF_KINDS,
  'optional',
  'nullable',
  'default',
  'prefault',
  'catch',
  'readonly',
  'nonoptional',
  'pipe',
  'lazy',
  'object',
  'array',
  'tuple',
  'record',
  'union',
  'intersection',
]);

/** Refused centrally, or (an explicitly strict object) by zod with the schema's own message. */
function refusesUnknown(schema: z.ZodType, value: unknown): boolean {
  if (unknownKeys(schema, value).includes('zz_not_a_field')) return true;
  const r = schema.safeParse(value);
  return !r.success && r.error.issues.some((i) => i.code === 'unrecognized_keys');
}

const request = {
  kind: 'copy' as const,
  subjectType: 'carrier',
  subjectId: '1',
  summary: '复制一份',
};

describe('bounded inputs (issue 22, point 4)', () => {
  it('unknown_keys_refused: every channel refuses a key its schema does not name, at the top and inside', () => {
    for (const name of channelNames) {
      const schema = contract[name].input as z.ZodType;
      // Every kind of schema the contract uses is one the walker knows (a new kind fails here, not silently).
      for (const kind of schemaKinds(schema)) expect(WALKED.has(kind), `${name}: ${kind}`).toBe(true);
      expect(refusesUnknown(schema, { zz_not_a_field: 1 }), name).toBe(true);
    }
    // Inside: a nested object of a union.
    const restore = contract['backup:restore'].input as z.ZodType;
    expect(
      unknownKeys(restore, { file: 'f', credential: { username: 'a', password: 'b', sneaky: true } }),
    ).toEqual(['credential.sneaky']);
  });

  it('unknown_keys_refused: the dispatcher refuses them on every path (here a public channel and a write)', async () => {
    const { api } = await setUpCore();
    const { refused } = callsOn(api);
    const e = await refused('approvals:request', { ...request, extra: 'x' } as never);
    expect(e).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'extra' }] });
    await api.dispatch('session:lock', {});
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password, role: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'role' }] } });
  });

  it('json_field_bounded: a 10 MB detail is refused in well under 100 ms, and one nested 9 deep too', async () => {
    const { api } = await setUpCore();
    const { refused, call } = callsOn(api);
    const big = { note: 'x'.repeat(10 * 1024 * 1024) };
    // The best of three: the machine is shared, and a collection of the 30 MB just built may land in one run.
    let ms = Infinity;
    let e = await refused('approvals:request', { ...request, detail: big });
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      e = await refused('approvals:request', { ...request, detail: big });
      ms = Math.min(ms, performance.now() - t0);
    }
    expect(e).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'detail' }] });
    expect(ms).toBeLessThan(100);
    // Many small keys are measured too (their time is V8's key enumeration, paid as well by the IPC's own copy).
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    expect(await refused('approvals:request', { ...request, detail: wide })).toMatchObject({
      fields: [{ path: 'detail' }],
    });
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 8; i++) deep = { d: deep };
    expect(await refused('approvals:request', { ...request, detail: deep })).toMatchObject({
      fields: [{ path: 'detail' }],
    });
    // Within the bounds it is kept.
    await call('approvals:request', { ...request, detail: { dueDate: '2026-12-31', copies: 2 } });
  });
});
