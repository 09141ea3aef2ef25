// 领导干部履行保密工作责任制情况检查表 (regulation art. 6): a leader's year checked item by item of the 责任制,
// with the overall 评价, 检查人 and date. Whether every item is rated, and a shortfall explained, is the core's
// rule (so the form shows it under the item), not the schema's.
import { z } from 'zod';
import {
  DUTY_RATINGS,
  LEADER_DUTIES,
  LEADER_GRADES,
  type DutyRating,
  type LeaderDuty,
  type LeaderGrade,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, requiredText } from './common';
import { personId } from './persons';

const year = z.number({ error: '请填写年度' }).int().min(2000, '年度不正确').max(2100, '年度不正确');

export const DutyItemInput = z.object({
  duty: z.enum(LEADER_DUTIES, { error: '责任事项不正确' }),
  rating: z.enum(DUTY_RATINGS, { error: '请评定落实情况' }).optional(),
  note: optionalText('说明', 300),
});

export const LeaderCheckFields = z.object({
  post: requiredText('职务', 40),
  items: z.array(DutyItemInput).max(LEADER_DUTIES.length * 2),
  grade: z.enum(LEADER_GRADES, { error: '请选择总体评价' }),
  comment: optionalText('评价意见', 1000),
  checker: requiredText('检查人', 40),
  checkedOn: isoDate('检查日期'),
});

export const LeaderCheckInput = LeaderCheckFields.extend({ year, personId });
export const LeaderCheckReviseInput = LeaderCheckFields.extend({
  checkId: z.number().int().positive(),
});
export const LeaderCheckListInput = z.object({ year: year.optional() });
export const LeaderCheckIdInput = z.object({ checkId: z.number().int().positive() });

export interface DutyItemView {
  duty: LeaderDuty;
  rating: DutyRating;
  note: string | null;
}

export interface LeaderCheckView {
  id: number;
  year: number;
  personId: number;
  name: string;
  department: string;
  post: string;
  items: DutyItemView[];
  grade: LeaderGrade;
  comment: string | null;
  checker: string;
  checkedOn: string;
}
