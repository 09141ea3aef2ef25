// Whom a check covered, in words: the departments of its 检查范围 (办公室、保密办、财务处), the person of a 个人自查,
// or 全单位. The register, the drawer and the printed 自查表 say it the same way.
import type { InspectionRow } from '../../../electron/ipc/contract';

export function scopeText(c: Pick<InspectionRow, 'departments' | 'person'>): string {
  if (c.departments.length > 0) return c.departments.join('、');
  return c.person ?? '全单位';
}
