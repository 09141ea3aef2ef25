// The unit's checklist template and check schedules, kept in the shared `settings` table. The default template
// has the 13 areas of regulation art. 58, each with the items units commonly check (SCS 保密工作自查表).
import type { z } from 'zod';
import { CHECK_KINDS, type CheckFrequency, type CheckKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';
import type {
  InspectionSettings,
  InspectionSettingsInput,
  TemplateItem,
  TemplateSetInput,
} from '../../ipc/schemas/inspections';
import type { AppCore, Tx } from '../app-core';
import { settingRow } from '../settings';

const TEMPLATE_KEY = 'inspections.template';
const FREQUENCIES_KEY = 'inspections.frequencies';

export const DEFAULT_TEMPLATE: TemplateItem[] = [
  { area: 'responsibility', text: '单位主要负责人、分管负责人和部门负责人保密工作职责是否明确并落实' },
  { area: 'responsibility', text: '是否签订年度保密责任书' },
  { area: 'rules', text: '保密管理制度是否健全并及时修订' },
  { area: 'rules', text: '保密工作档案是否齐全' },
  { area: 'training', text: '是否按计划开展保密教育培训并有记录' },
  { area: 'training', text: '新上岗涉密人员是否先培训后上岗' },
  { area: 'personnel', text: '涉密人员岗位变动、调出是否按规定办理并签订承诺书' },
  { area: 'personnel', text: '离岗涉密人员是否落实脱密期管理' },
  { area: 'personnel', text: '涉密人员因私出国(境)是否经审批' },
  { area: 'classification', text: '国家秘密事项是否依法确定密级、期限和知悉范围' },
  { area: 'classification', text: '是否按年度审核并及时解密、变更' },
  { area: 'carriers', text: '涉密载体是否登记编号、签收并标明密级和期限' },
  { area: 'carriers', text: '涉密载体借阅、复制、销毁是否经审批并登记' },
  { area: 'carriers', text: '是否按期清点，账物是否相符' },
  { area: 'systems', text: '涉密计算机和信息设备是否登记并专机专用' },
  { area: 'systems', text: '涉密计算机是否与互联网物理隔离，无无线功能' },
  { area: 'systems', text: '是否使用单位配发的涉密移动存储介质，有无交叉使用' },
  { area: 'internet', text: '传真机、上网计算机是否存储、处理涉密信息' },
  { area: 'internet', text: '是否在互联网上发布或传递涉密信息' },
  { area: 'key_sites', text: '保密要害部门部位的人防、物防、技防措施是否落实' },
  { area: 'procurement', text: '涉密采购和委托业务是否签订保密协议并审查资质' },
  { area: 'meetings', text: '涉密会议、涉外活动是否经审批并落实保密措施' },
  { area: 'publication', text: '信息公开前是否经保密审查' },
  { area: 'other', text: '员工是否按月开展保密自查' },
  { area: 'other', text: '其他需要报告的保密事项' },
];

/**
 * Monthly 自查 is the seeds' rule (每月自查), 每季度集中检查或抽查一至二次, and 年度自查自评 once a year (art. 58);
 * the rest are held when needed.
 */
export const DEFAULT_FREQUENCIES: Record<CheckKind, CheckFrequency> = {
  self_dept: 'monthly',
  self_person: 'none',
  spot: 'quarterly',
  special: 'none',
  joint: 'yearly',
  annual: 'yearly',
  superior: 'none',
};

export function checklistTemplate(db: Pick<Db, 'select'>): TemplateItem[] {
  const raw = settingRow(db, TEMPLATE_KEY);
  return raw === undefined ? DEFAULT_TEMPLATE : (JSON.parse(raw) as TemplateItem[]);
}

export function inspectionSettings(db: Pick<Db, 'select'>): InspectionSettings {
  const raw = settingRow(db, FREQUENCIES_KEY);
  const saved = raw === undefined ? {} : (JSON.parse(raw) as Partial<Record<CheckKind, CheckFrequency>>);
  const frequencies = { ...DEFAULT_FREQUENCIES };
  for (const k of CHECK_KINDS) if (saved[k]) frequencies[k] = saved[k];
  return { frequencies };
}

function put(tx: Tx, key: string, value: unknown, now: string) {
  const v = JSON.stringify(value);
  tx.insert(settings)
    .values({ key, value: v, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: v, updatedAt: now } })
    .run();
}

export function setChecklistTemplate(
  core: AppCore,
  input: z.output<typeof TemplateSetInput>,
): TemplateItem[] {
  core.write(
    'inspection_template',
    'settings',
    (tx, ctx) => {
      ctx.touch('inspections');
      put(tx, TEMPLATE_KEY, input.items, ctx.now);
    },
    () => ({ detail: { items: input.items.length } }),
  );
  return checklistTemplate(core.session().db);
}

export function updateInspectionSettings(
  core: AppCore,
  input: z.output<typeof InspectionSettingsInput>,
): InspectionSettings {
  core.write(
    'settings_inspections',
    'settings',
    (tx, ctx) => {
      ctx.touch('inspections');
      put(tx, FREQUENCIES_KEY, { ...inspectionSettings(tx).frequencies, ...input.frequencies }, ctx.now);
    },
    () => ({ detail: input }),
  );
  return inspectionSettings(core.session().db);
}
