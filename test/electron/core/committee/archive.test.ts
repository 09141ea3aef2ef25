// 保密制度 (名称, 文号, 生效日期, 废止) and 保密工作档案 (encrypted attachments, by year, kind and title).
import { describe, expect, it } from 'vitest';
import { openDesk } from '../persons/helpers';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describe('保密制度 and 保密工作档案', () => {
  it('rule_repeal_once: a rule is listed, repealed once, and stays on the list', async () => {
    const desk = await openDesk();
    const [rule] = await desk.call('committee:addRule', {
      name: '保密室管理制度',
      docNo: '档发〔2026〕3号',
      effectiveOn: '2026-01-01',
    });
    expect(rule).toMatchObject({ name: '保密室管理制度', repealedOn: null });
    const after = await desk.call('committee:repealRule', {
      ruleId: rule?.id ?? 0,
      repealedOn: '2026-06-01',
    });
    expect(after[0]?.repealedOn).toBe('2026-06-01');
    const e = await desk.refused('committee:repealRule', { ruleId: rule?.id ?? 0, repealedOn: '2026-06-02' });
    expect(e.rule).toBe('rule_repeal_once');
    expect(await desk.call('committee:rules', { includeRepealed: false })).toHaveLength(0);
  });

  it('an archived document is found by year, kind and title, its file inside the database', async () => {
    const desk = await openDesk();
    const file = await desk.call('attachments:upload', {
      fileName: '2026年上半年保密检查通报.pdf',
      mime: 'application/pdf',
      dataBase64: PDF.toString('base64'),
    });
    await desk.call('committee:addArchive', {
      year: 2026,
      kind: 'bulletin',
      title: '2026年上半年保密检查情况通报',
      attachmentId: file.id,
    });
    const found = await desk.call('committee:archive', { year: 2026, kind: 'bulletin', search: '检查' });
    expect(found.total).toBe(1);
    expect(found.rows[0]).toMatchObject({ fileName: '2026年上半年保密检查通报.pdf', kind: 'bulletin' });
    expect((await desk.call('committee:archive', { year: 2025 })).total).toBe(0);
  });
});
