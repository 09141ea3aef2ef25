// A part as the receiver reads it (FORMAT.md: the header object, then one JSON array per record, each line ending
// in a newline), line by line: what the old whole-part parse accepted is read the same, what it refused is refused.
import { describe, expect, it } from 'vitest';
import { decodeForImport, decodePart } from '../../../../electron/core/exchange/parts';

const part = (text: string) => decodePart(Buffer.from(text, 'utf8'));
const HEAD = '{"columns":["id","name","tags"]}';

describe('a package part read line by line', () => {
  it('reads each record as its array, values as they were written, nested ones included', () => {
    const p = part(`${HEAD}\n[1,"张三",["a"]]\n[2,"李四\\n（换行）",null]\n`);
    expect(p.columns).toEqual(['id', 'name', 'tags']);
    expect(p.rows).toEqual([
      [1, '张三', ['a']],
      [2, '李四\n（换行）', null],
    ]);
    expect(p.ids).toBeUndefined();
  });

  it('a header alone is a part without records; an incremental header keeps its id list as text', () => {
    expect(part(`${HEAD}\n`).rows).toEqual([]);
    expect(part('{"columns":["id"],"ids":[3,"4"]}\n').ids).toEqual(['3', '4']);
  });

  it('refuses a record of the wrong width, a record that is not an array, an empty line, a missing newline', () => {
    expect(() => part(`${HEAD}\n[1,"张三"]\n`)).toThrow('part row');
    expect(() => part(`${HEAD}\n{"id":1}\n`)).toThrow('part row');
    expect(() => part(`${HEAD}\n[1,"a",null]\n\n[2,"b",null]\n`)).toThrow();
    expect(() => part(`${HEAD}\n[1,"a",null]`)).toThrow('newline');
    expect(() => part('{"columns":"id"}\n')).toThrow('part header');
  });

  it('row_digest_names_line_and_columns: the same line under the same columns has the same digest, not under others', () => {
    const forImport = (text: string) => decodeForImport(Buffer.from(text, 'utf8'), () => (r) => String(r[0]));
    const digests = (text: string) => forImport(text).digests;
    const a = digests(`${HEAD}\n[1,"张三",["a"]]\n[2,"李四",null]\n`);
    expect(a).toHaveLength(2);
    expect(a?.[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a?.[0]).not.toBe(a?.[1]);
    // An incremental's id list is no part of a line: the same record sent in either package is the same line.
    expect(digests(`{"columns":["id","name","tags"],"ids":[1,2,3]}\n[1,"张三",["a"]]\n`)?.[0]).toBe(a?.[0]);
    // The same values under columns in another order are another record.
    expect(digests('{"columns":["name","id","tags"]}\n[1,"张三",["a"]]\n')?.[0]).not.toBe(a?.[0]);
    expect(digests(`${HEAD}\n[1,"张三",["b"]]\n`)?.[0]).not.toBe(a?.[0]);
    // The import keeps each row's record id and its line as sent, not its values.
    const p = forImport(`${HEAD}\n[1,"张三",["a"]]\n[2, "李四",null]\n`);
    expect(p).toEqual({
      columns: ['id', 'name', 'tags'],
      keys: ['1', '2'],
      lines: ['[1,"张三",["a"]]', '[2, "李四",null]'],
      digests: [a?.[0], expect.stringMatching(/^[A-Za-z0-9_-]{22}$/)],
    });
    expect(() => forImport(`${HEAD}\n[1,"张三"]\n`)).toThrow('part row');
  });
});
