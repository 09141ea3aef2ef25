// 部门: the unit's departments, which persons belong to and registers filter by.
import { z } from 'zod';
import { requiredText } from './common';

export const departmentId = z.number({ error: '请选择部门' }).int().positive('请选择部门');

export const DepartmentInput = z.object({
  name: requiredText('部门名称', 60),
  keyDept: z.boolean().default(false),
  sortOrder: z.number().int().min(0).max(9999).default(0),
});
export const DepartmentUpdateInput = z.object({
  id: departmentId,
  name: requiredText('部门名称', 60).optional(),
  keyDept: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(9999).optional(),
});

export interface DepartmentView {
  id: number;
  name: string;
  keyDept: boolean;
  sortOrder: number;
  persons: number;
}
