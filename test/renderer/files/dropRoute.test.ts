// What a file dropped on the window opens (issue 21 point 4), by its kind and the unit's mode.
import { describe, expect, it } from 'vitest';
import { dropRoute } from '../../../renderer/components/files/dropRoute';

describe('a file dropped on the window', () => {
  it('drop_routes_by_kind: a package only at the supervisor; receipts, notices, tables and scans in both modes', () => {
    expect(dropRoute('报送-0001.BMX', 'supervisor')).toEqual({ kind: 'package' });
    expect(dropRoute('报送-0001.bmx', 'unit')).toMatchObject({
      kind: 'refuse',
      message: expect.stringContaining('本单位不导入数据包'),
    });
    for (const mode of ['unit', 'supervisor'] as const) {
      expect(dropRoute('回执-0001.bmr', mode)).toEqual({ kind: 'receipt' });
      expect(dropRoute('通知-0003.bmn', mode)).toEqual({ kind: 'notice' });
      expect(dropRoute('载体台账.xlsx', mode)).toEqual({ kind: 'xlsx' });
      expect(dropRoute('签收单.PDF', mode)).toEqual({ kind: 'scan' });
    }
  });

  it('drop_refuses_unknown_kind: an unknown, missing or misplaced extension is answered in Chinese', () => {
    const unknown = dropRoute('说明.docx', 'unit');
    expect(unknown).toMatchObject({ kind: 'refuse' });
    expect(unknown.kind === 'refuse' && unknown.message).toContain('无法识别“说明.docx”');
    expect(dropRoute('README', 'unit')).toMatchObject({ kind: 'refuse' });
    expect(dropRoute('本单位.bmkey', 'unit')).toMatchObject({
      kind: 'refuse',
      message: expect.stringContaining('对方单位公钥'),
    });
    expect(dropRoute('2026.bmbak', 'unit')).toMatchObject({
      kind: 'refuse',
      message: expect.stringContaining('备份与恢复'),
    });
  });
});
