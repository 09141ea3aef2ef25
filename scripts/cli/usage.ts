// The commands' usage lines, apart from the commands: `baomi --help` and `baomi help <command>` print them without
// loading a command (its module brings the whole core: seconds of start-up for a line of text).
import { XLSX_REGISTERS } from '../../electron/ipc/schemas/xlsx';

export const REPORT_USAGE = 'report --out 文件.pdf|文件.xlsx|文件夹 [--format pdf|xlsx] [--year 年度] --db F';

export const SUPERVISOR_USAGE = `supervisor units|figures --db F | registers|packages --unit 单位代码 --db F | records --unit 单位代码 --register 台账 [--page N] [--page-size N] [--search 文字] [--chain N] --db F | search 文字 --db F | interval [--unit 单位代码 --days N|default] [--default N] [--annual-due MM-DD] [--loan-alert N] --db F | reset --unit 单位代码 --key 公钥文件 --fingerprint 指纹 [--reason 原因] --db F | ${REPORT_USAGE}`;

export const SUPERVISOR_NOTICE_USAGE =
  'supervisor notice write --unit 单位代码 --out 目录 (--content 通知内容.json | --kind opinion --leaving 手续号 --verdict agree|agree_extend|disagree [--until YYYY-MM-DD] --text 意见 [--title 标题]) --db F | supervisor notice list --unit 单位代码 --db F   （通知内容的 JSON 见 FORMAT.md “通知”）';

export const NOTICE_USAGE = 'notice import 通知文件.bmn --db F | notice list --db F';

export const XLSX_USAGE =
  'xlsx import 文件 --register 台账 --db F [--sheet 工作表] [--dry-run] [--valid-only] [--create-departments] [--map 标题=列,…] | xlsx export --register 台账 --db F --out F.xlsx [--search 词]   台账：' +
  XLSX_REGISTERS.join(' / ') +
  '；导入退出码 0 已导入（--dry-run：无错误）/ 1 有错误行，未写入 / 2 用法错误';
