// Chinese names of the file uses (../vocab/files.ts), as the pickers' titles say them.
import type * as V from '../vocab';

export const PICK_USE_LABELS: Record<V.PickUse, string> = {
  package: '数据包',
  receipt: '回执',
  notice: '通知文件',
  key: '密钥文件',
  backup: '备份文件',
  xlsx: '表格文件',
  scan: '扫描件',
  pdf: 'PDF 文件',
  audit: '审计日志',
  folder: '文件夹',
};
