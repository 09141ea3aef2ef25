// Cell values as clerks write them: every form of issue 18 point 2 read into the register's input.
import { describe, expect, it } from 'vitest';
import {
  halfWidth,
  name,
  parseCopies,
  parseDate,
  parseLevel,
  parseTerm,
  type Parsed,
} from '../../../../electron/core/xlsx/values';

const value = <T>(p: Parsed<T>): T => {
  if (!p.ok) throw new Error(p.reason);
  return p.value;
};

describe('dates as clerks write them', () => {
  it.each([
    ['2023.5.6', '2023-05-06'],
    ['2023-05-06', '2023-05-06'],
    ['2023/5/6', '2023-05-06'],
    ['2023年5月6日', '2023-05-06'],
    ['2023年05月06日', '2023-05-06'],
    ['20230506', '2023-05-06'],
    ['２０２３年５月６日', '2023-05-06'],
    [' 2023 . 5 . 6 ', '2023-05-06'],
    ['45052', '2023-05-06'],
  ])('%s → %s', (cell, iso) => expect(value(parseDate(cell))).toBe(iso));

  it('reads Excel serials, eight-digit numbers and date cells (midnight UTC) as the day shown', () => {
    expect(value(parseDate(45052))).toBe('2023-05-06');
    expect(value(parseDate(20230506))).toBe('2023-05-06');
    expect(value(parseDate(new Date(Date.UTC(2023, 4, 6))))).toBe('2023-05-06');
    // 1900-03-01 is serial 61 (Lotus's phantom 1900-02-29 is 60).
    expect(value(parseDate(61))).toBe('1900-03-01');
  });

  it('refuses days that do not exist and words that are not dates, saying which forms it reads', () => {
    const feb30 = parseDate('2023年2月30日');
    expect(feb30.ok).toBe(false);
    if (!feb30.ok) expect(feb30.reason).toContain('不是有效日期');
    const words = parseDate('去年五月');
    expect(words.ok).toBe(false);
    if (!words.ok) expect(words.reason).toContain('2023年5月6日');
  });
});

describe('密级 with the term in one cell', () => {
  it.each([
    ['机密', 'secret', null],
    ['机密级', 'secret', null],
    ['机密★', 'secret', null],
    ['机密★10年', 'secret', { kind: 'period', years: 10, months: 0 }],
    ['秘密*5年', 'confidential', { kind: 'period', years: 5, months: 0 }],
    ['绝密★长期', 'top_secret', { kind: 'long_term' }],
    ['核心商密', 'commercial_core', null],
    ['内部资料', 'internal', null],
  ])('%s', (cell, level, term) => expect(value(parseLevel(cell))).toEqual({ level, term }));

  it('does not read 核心商密 as 秘密 nor accept an unknown level', () => {
    expect(value(parseLevel('核心商密')).level).toBe('commercial_core');
    expect(parseLevel('高度机密').ok).toBe(false);
  });
});

describe('保密期限', () => {
  it.each([
    ['10年', { kind: 'period', years: 10, months: 0 }],
    ['十年', { kind: 'period', years: 10, months: 0 }],
    ['二十年', { kind: 'period', years: 20, months: 0 }],
    ['十五年', { kind: 'period', years: 15, months: 0 }],
    ['１０年', { kind: 'period', years: 10, months: 0 }],
    ['1年6个月', { kind: 'period', years: 1, months: 6 }],
    ['长期', { kind: 'long_term' }],
    ['至2030年12月31日', { kind: 'until_date', until: '2030-12-31' }],
    ['至2030-12-31', { kind: 'until_date', until: '2030-12-31' }],
    ['项目验收后解密', { kind: 'condition', condition: '项目验收后解密' }],
    ['解密条件：工程竣工', { kind: 'condition', condition: '工程竣工' }],
  ])('%s', (cell, term) => expect(value(parseTerm(cell))).toEqual(term));
});

describe('份数 and 份号', () => {
  it.each([
    [3, { count: 3, nos: null }],
    ['3', { count: 3, nos: null }],
    ['３份', { count: 3, nos: null }],
    ['1-3', { count: 3, nos: [1, 2, 3] }],
    ['第1-3份', { count: 3, nos: [1, 2, 3] }],
    ['12、13', { count: 2, nos: [12, 13] }],
    ['1-3、7', { count: 4, nos: [1, 2, 3, 7] }],
    ['1～2', { count: 2, nos: [1, 2] }],
  ])('%s', (cell, copies) => expect(value(parseCopies(cell))).toEqual(copies));

  it('refuses a backwards range and repeated numbers', () => {
    expect(parseCopies('3-1').ok).toBe(false);
    expect(parseCopies('1-3、2').ok).toBe(false);
  });
});

describe('text and names', () => {
  it('turns full-width digits and letters half-width and drops stray blanks inside Chinese names', () => {
    expect(halfWidth('ＡＢＣ１２３（）')).toBe('ABC123()');
    expect(name(' 王  丽 ')).toBe('王丽');
    expect(name('王　丽')).toBe('王丽');
    expect(name('John  Smith')).toBe('John Smith');
  });
});
