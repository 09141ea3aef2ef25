// What a file dropped on the window (not on a field) opens, by its kind and the unit's mode (issue 21 point 4):
// the import that takes it, or a plain Chinese answer of why nothing can. Pure, so a unit test pins it.
import { PICK_EXTENSIONS } from '../../../db/domain/vocab';

export type DropRoute =
  { kind: 'package' | 'receipt' | 'notice' | 'xlsx' | 'scan' } | { kind: 'refuse'; message: string };

const extOf = (name: string) => (name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '');

export function dropRoute(fileName: string, mode: 'unit' | 'supervisor'): DropRoute {
  const ext = extOf(fileName);
  const is = (use: keyof typeof PICK_EXTENSIONS) => PICK_EXTENSIONS[use].includes(ext);
  if (is('package'))
    return mode === 'supervisor'
      ? { kind: 'package' }
      : {
          kind: 'refuse',
          message: `本单位不导入数据包（.bmx）：数据包由下级单位报送，在上级单位的“下级单位报送”中校验并导入。`,
        };
  if (is('receipt')) return { kind: 'receipt' };
  if (is('notice')) return { kind: 'notice' };
  if (is('xlsx')) return { kind: 'xlsx' };
  if (is('scan')) return { kind: 'scan' };
  if (is('key'))
    return {
      kind: 'refuse',
      message: '公钥文件（.bmkey）请在“报送与接收 → 对方单位公钥”中导入，并核对指纹。',
    };
  if (is('backup'))
    return { kind: 'refuse', message: '备份文件（.bmbak）请由系统管理员在“备份与恢复”中恢复。' };
  return {
    kind: 'refuse',
    message: `无法识别“${fileName}”。可拖入窗口的文件：数据包（.bmx）、回执（.bmr）、通知（.bmn）、表格（.xlsx）或扫描件（PDF、JPG、PNG、TIFF）。`,
  };
}
