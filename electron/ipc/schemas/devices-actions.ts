// The lifecycle of a device or medium, one input per action (Chinese messages).
import { z } from 'zod';
import { DEVICE_CHECK_KINDS, NATIONAL_LEVELS, REPAIR_MODES } from '../../../db/domain/vocab';
import { ActionApprovalInput } from './approvals';
import { isoDate, optionalText, requiredText } from './common';

const id = z.number().int().positive();
const personId = (label: string) =>
  z
    .number({ error: `请选择${label}` })
    .int()
    .positive();
const level = z.enum(NATIONAL_LEVELS, { error: '请选择密级' });

/** 领用: the item goes into a person's charge. */
export const DeviceIssueInput = z.object({
  deviceId: id,
  custodianId: personId('领用人'),
  departmentId: id.optional(),
  issuedOn: isoDate('领用日期'),
  location: optionalText('位置/房间', 80),
});

/** 归还 (入库), one item or a batch. */
export const DeviceGiveBackInput = z.object({
  deviceIds: z.array(id).min(1, '请选择要归还的设备或介质').max(500),
  returnedOn: isoDate('归还日期'),
  receiverName: requiredText('接收人', 40),
  remark: optionalText('备注', 200),
});

/** 借用 (专用存储介质借用审批表): approval, 连接设备编号, 存储内容最高密级, due date. */
export const DeviceBorrowInput = z.object({
  deviceId: id,
  borrowerId: personId('借用人'),
  reason: requiredText('借用原因', 200),
  connectDeviceId: id.optional(),
  contentLevel: level.optional(),
  lentOn: isoDate('借用日期'),
  dueOn: isoDate('归还期限'),
  approval: ActionApprovalInput.optional(),
});

/** 携带外出: approval, destination, return date. */
export const DeviceCarryOutInput = z.object({
  deviceId: id,
  carrierId: personId('携带人'),
  destination: requiredText('外出地点', 100),
  reason: requiredText('外出事由', 200),
  startedOn: isoDate('外出日期'),
  dueOn: isoDate('返回日期'),
  approval: ActionApprovalInput.optional(),
});

/** 返回: the 信息清除/返回检查 by a named checker. */
export const DeviceReturnInput = z.object({
  deviceId: id,
  returnedOn: isoDate('返回日期'),
  checkerName: requiredText('检查人', 40),
  checkResult: requiredText('检查情况', 200),
});

/** 变更: 责任人, 部门, 位置, 用途, 密级 (only upward while in use), network flags, disks. */
export const DeviceChangeInput = z.object({
  deviceId: id,
  changedOn: isoDate('变更日期'),
  reason: requiredText('变更原因', 200),
  custodianId: id.optional(),
  departmentId: id.optional(),
  location: optionalText('位置/房间', 80),
  purpose: optionalText('用途', 200),
  level: level.optional(),
  onInternet: z.boolean().optional(),
  secretNetwork: z.boolean().optional(),
  monitorInstalled: z.boolean().optional(),
  diskSerials: z.array(requiredText('硬盘序列号', 80)).max(16).optional(),
});

/** 维修 (设备维护审批表 / 外来人员维修 / 送外维修审批表). */
export const DeviceRepairInput = z.object({
  deviceId: id,
  mode: z.enum(REPAIR_MODES, { error: '请选择现场维修或送外维修' }),
  fault: requiredText('故障现象', 300),
  startedOn: isoDate('维修/送修日期'),
  vendor: optionalText('维修单位', 100),
  vendorQualified: z.boolean().default(false),
  agreementSigned: z.boolean().default(false),
  escortName: optionalText('旁站陪同人', 40),
  storageRemoved: z.boolean().default(false),
  storageKeptBy: optionalText('存储介质保管人', 40),
  sentBy: optionalText('送修人', 40),
  approval: ActionApprovalInput.optional(),
});

/** 维修完成: result; old and new 硬盘序列号 handed over, and the register updated. */
export const DeviceRepairDoneInput = z.object({
  deviceId: id,
  returnedOn: isoDate('维修完成/返回日期'),
  result: requiredText('维修结果', 300),
  newDiskSerials: z.array(requiredText('新硬盘序列号', 80)).max(16).optional(),
  handedOverBy: optionalText('旧硬盘移交人', 40),
  receivedBy: optionalText('旧硬盘接收人', 40),
});

export const DeviceWitnessInput = z.object({
  name: requiredText('监销人姓名', 40),
  title: optionalText('职务', 40),
});

/** 报废: out of use; storage stays with it until destroyed. */
export const DeviceRetireInput = z.object({
  deviceId: id,
  retiredOn: isoDate('报废日期'),
  reason: requiredText('报废原因', 200),
  approval: ActionApprovalInput.optional(),
});

/** 销毁: approval, storage destroyed at an approved place, two witnesses. */
export const DeviceDestroyInput = z.object({
  deviceId: id,
  destroyedOn: isoDate('销毁日期'),
  place: requiredText('销毁地点（批准的销毁机构）', 100),
  method: requiredText('销毁方式', 100),
  witnesses: z.array(DeviceWitnessInput).max(10).default([]),
  approval: ActionApprovalInput.optional(),
});

/**
 * 降密 (to a lower level, still 涉密: `toClass` classified with `toLevel`) or 转为非涉密/互联网: only once storage was
 * destroyed or replaced.
 */
export const DeviceDowngradeInput = z
  .object({
    deviceId: id,
    downgradedOn: isoDate('转换日期'),
    toClass: z.enum(['classified', 'office', 'internet'], { error: '请选择降密、转为非涉密还是互联网' }),
    toLevel: level.optional(),
    reason: requiredText('原因', 200),
    approval: ActionApprovalInput.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.toClass === 'classified' && !v.toLevel) {
      ctx.addIssue({ code: 'custom', path: ['toLevel'], message: '降密须选择降为的密级' });
    }
  });

/** 打印 lines of a usage entry (§2.1): 名称, 文号, 密级, 份数, 每份页数, 批准人, 承办人. */
export const PrintLineInput = z.object({
  name: requiredText('打印文件名称', 100),
  docNo: optionalText('文号', 60),
  level: level.optional(),
  copies: z.number().int().min(1, '份数至少为 1'),
  pagesEach: z.number().int().min(1, '每份页数至少为 1'),
  approver: optionalText('批准人', 40),
  handler: optionalText('承办人', 40),
});

/** 使用登记. */
export const DeviceUsageInput = z.object({
  deviceId: id,
  userId: personId('使用人'),
  startedAt: requiredText('开始时间', 20),
  endedAt: optionalText('结束时间', 20),
  purpose: requiredText('工作内容', 200),
  maxLevel: level.optional(),
  prints: z.number().int().min(0).default(0),
  burns: z.number().int().min(0).default(0),
  imports: z.number().int().min(0).default(0),
  exports: z.number().int().min(0).default(0),
  printLines: z.array(PrintLineInput).max(50).default([]),
  mediumId: id.optional(),
});

/** 定期检查, signed by the checker. */
export const DeviceCheckInput = z.object({
  deviceId: id,
  kind: z.enum(DEVICE_CHECK_KINDS, { error: '请选择检查类别' }),
  checkedOn: isoDate('检查日期'),
  checkerName: requiredText('检查人', 40),
  result: requiredText('检查结论', 200),
  findings: optionalText('发现问题', 500),
});
