// 延长保密期限 as one rule (issue #19 point 5; law arts. 20, 24): within the level's maximum — counted from 制发日,
// the end day inside — an extension is recorded with its reason; past it, only on a recorded 另有规定 (basis,
// who allowed it, the document), never silently; a 解密条件 in place of a date meets the same rule. Each case
// sits on the maximum's last day and the day after it.
import { describe, expect, it } from 'vitest';
import { openDesk, produced, type Desk } from '../carriers/helpers';

const by = { authority: 'own' as const, proposerName: '赵敏', classifierName: '陈局长' };
const basis = (allowedOn = '2026-06-12') => ({
  basis: '《某行业国家秘密保密期限的特别规定》第五条',
  allowedBy: '国家保密局',
  documentNo: '国保函〔2026〕21号',
  allowedOn,
});
const rule = (rule: string, path = 'beyondMax') =>
  expect.objectContaining({ code: 'RULE', rule, fields: [expect.objectContaining({ path })] });

type Term =
  | { kind: 'period'; years: number }
  | { kind: 'until_date'; until: string }
  | {
      kind: 'condition';
      condition: string;
    };

const extend = (carrierId: number, term: Term, over: Record<string, unknown> = {}) => ({
  carrierId,
  decidedOn: '2026-06-15',
  by,
  reason: '相关工程尚未完成，仍需保密',
  term,
  notice: { noticeTo: '局领导、办公室' },
  ...over,
});

/** A 秘密 item the unit classified (maximum 10 years), issued on `issuedOn` for 5 years. */
async function item(desk: Desk, issuedOn = '2026-06-10') {
  const input = produced({
    issuedOn,
    registeredOn: issuedOn,
    classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn: issuedOn },
  });
  return (await desk.call('carriers:register', input)).id;
}

describe('延长保密期限 (term_within_statutory_max)', () => {
  it('term_within_statutory_max: up to the maximum’s last day an extension is recorded with its reason; a day past it needs its recorded basis', async () => {
    const desk = await openDesk('2026-06-15');
    // 10 years from 2026-06-10: the maximum's last day is 2036-06-10.
    const upTo = await item(desk);
    const within = await desk.call('classification:extend', extend(upTo, { kind: 'period', years: 10 }));
    expect(within).toMatchObject({ termEndsOn: '2036-06-10' });
    expect(within.decisions.at(-1)).toMatchObject({
      kind: 'extend',
      reason: '相关工程尚未完成，仍需保密',
      termAfter: { kind: 'period', years: 10 },
      maxEndsOn: '2036-06-10',
      beyondMax: null,
    });
    // A basis for what needs none would be a false record.
    const other = await item(desk);
    expect(
      await desk.refused(
        'classification:extend',
        extend(other, { kind: 'until_date', until: '2036-06-10' }, { beyondMax: basis() }),
      ),
    ).toEqual(rule('term_within_statutory_max'));

    const past = { kind: 'until_date' as const, until: '2036-06-11' };
    expect(await desk.refused('classification:extend', extend(other, past))).toEqual(
      rule('term_within_statutory_max'),
    );
    // The allowance is an approval like any other: never dated after the decision.
    expect(
      await desk.refused('classification:extend', extend(other, past, { beyondMax: basis('2026-06-16') })),
    ).toEqual(rule('approval_date_in_range', 'beyondMax.allowedOn'));
    const beyond = await desk.call('classification:extend', extend(other, past, { beyondMax: basis() }));
    expect(beyond).toMatchObject({ termEndsOn: '2036-06-11' });
    expect(beyond.decisions.at(-1)).toMatchObject({
      kind: 'extend',
      maxEndsOn: '2036-06-10',
      beyondMax: basis(),
    });
    expect(beyond.history.at(-1)).toMatchObject({ kind: 'extend', detail: { beyondMax: basis() } });
    const approvals = await desk.call('approvals:list', {
      page: 1,
      pageSize: 20,
      subjectType: 'carrier',
      subjectId: String(other),
    });
    expect(approvals.rows).toContainEqual(
      expect.objectContaining({
        approverName: '国家保密局',
        documentNo: '国保函〔2026〕21号',
        opinion: basis().basis,
        decidedAt: '2026-06-12',
      }),
    );
  });

  it('term_within_statutory_max: a 解密条件 in place of a date meets the same rule, and the history shows every step', async () => {
    const desk = await openDesk('2026-06-15');
    const atMax = await item(desk);
    await desk.call('classification:extend', extend(atMax, { kind: 'period', years: 10 }));
    const condition = { kind: 'condition' as const, condition: '某工程竣工验收' };
    // Already at the maximum: a condition would carry it past, so it needs the basis like a date would.
    expect(await desk.refused('classification:extend', extend(atMax, condition))).toEqual(
      rule('term_within_statutory_max'),
    );
    const open = await desk.call('classification:extend', extend(atMax, condition, { beyondMax: basis() }));
    expect(open).toMatchObject({
      termEndsOn: null,
      term: { kind: 'condition', condition: '某工程竣工验收', until: null },
    });

    // Below the maximum: accepted, and the maximum stays its latest end, written on the item.
    const below = await item(desk);
    const copy = await desk.call('carriers:copy', {
      carrierId: below,
      copiedOn: '2026-06-15',
      copyCount: 1,
      purpose: '存档',
      department: '办公室',
      custodian: '王丽',
      approval: { approver: { type: 'person', name: '李建国' }, decidedAt: '2026-06-15' },
    });
    const bounded = await desk.call('classification:extend', extend(below, condition));
    expect(bounded).toMatchObject({
      termEndsOn: '2036-06-10',
      term: { kind: 'condition', until: '2036-06-10' },
    });
    // The copy follows its original (regulation art. 27(5)), bound and all.
    expect(await desk.call('carriers:get', { id: copy.id })).toMatchObject({
      termEndsOn: '2036-06-10',
      term: { kind: 'condition', until: '2036-06-10' },
    });
    expect(bounded.history.at(-1)).toMatchObject({
      kind: 'extend',
      detail: { term: ['5年', '解密条件：某工程竣工验收（最迟至2036-06-10）'] },
    });

    // The whole history on the item: its 定密, then each determination with before and after.
    const all = await desk.call('carriers:get', { id: atMax });
    expect(
      all.decisions.map((d) => [
        d.kind,
        d.termBefore?.kind ?? null,
        d.termAfter?.kind ?? null,
        !!d.beyondMax,
      ]),
    ).toEqual([
      ['classify', null, 'period', false],
      ['extend', 'period', 'period', false],
      ['extend', 'period', 'condition', true],
    ]);
    expect(all.history.map((h) => h.kind)).toEqual(['register', 'extend', 'extend']);
  });

  it('term_within_statutory_max: counted from 29 February, the maximum ends on 28 February', async () => {
    const desk = await openDesk('2026-06-15');
    // 秘密 issued 2024-02-29: 10 years end on 2034-02-28.
    const id = await item(desk, '2024-02-29');
    expect(
      await desk.refused('classification:extend', extend(id, { kind: 'until_date', until: '2034-03-01' })),
    ).toEqual(rule('term_within_statutory_max'));
    const done = await desk.call(
      'classification:extend',
      extend(id, { kind: 'until_date', until: '2034-02-28' }),
    );
    expect(done.decisions.at(-1)).toMatchObject({ maxEndsOn: '2034-02-28', beyondMax: null });
  });

  it('term_within_statutory_max: the yearly review applies the same rule to each item it extends', async () => {
    const desk = await openDesk('2026-06-15');
    const id = await item(desk);
    const review = (beyondMax?: ReturnType<typeof basis>) => ({
      decidedOn: '2026-06-15',
      by,
      reason: '2026年度定密审核',
      notice: { noticeTo: '局领导' },
      items: [
        {
          carrierId: id,
          decision: 'extend' as const,
          term: { kind: 'period' as const, years: 11 },
          ...(beyondMax ? { beyondMax } : {}),
        },
      ],
    });
    expect(await desk.refused('classification:review', review())).toEqual(rule('term_within_statutory_max'));
    await desk.call('classification:review', review(basis()));
    expect((await desk.call('carriers:get', { id })).decisions.at(-1)).toMatchObject({
      kind: 'extend',
      beyondMax: basis(),
    });
  });
});
