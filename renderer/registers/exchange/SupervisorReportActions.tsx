// 下级单位保密工作情况汇总表 from the bureau's overview (issue 25, point 7): printed or saved as PDF on its print
// route (A4 landscape, with the year's consolidated 年度报告), or written as xlsx to a folder (exchange:reportXlsx).
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { PathInput } from '../../components/files/PathInput';
import { navigate } from '../../shell/route';
import { useChannel } from './useChannel';

export function SupervisorReportActions() {
  const xlsx = useChannel('exchange:reportXlsx');
  const [outPath, setOutPath] = useState('');
  const [done, setDone] = useState<string | null>(null);
  return (
    <Card size="small" title="下级单位保密工作情况汇总表">
      <Space wrap>
        <Button icon={<PrinterOutlined />} onClick={() => navigate('print/supervisor-report')}>
          打印或导出 PDF
        </Button>
        <div style={{ width: 360 }}>
          <PathInput
            use="xlsx"
            mode="folder"
            aria-label="汇总表 Excel 保存位置"
            placeholder="保存到文件夹，如 /media/保密U盘/导出 或 E:\导出"
            value={outPath}
            onChange={(p) => {
              setDone(null);
              setOutPath(p);
            }}
          />
        </div>
        <Button
          icon={<FileExcelOutlined />}
          loading={xlsx.busy}
          disabled={!outPath.trim()}
          onClick={async () => {
            setDone(null);
            const r = await xlsx.run({ outPath });
            if (r)
              setDone(
                `已导出 ${r.units} 个单位的汇总表：${r.path}${r.notReported.length ? `（${r.notReported.length} 个单位未按期报送）` : ''}。导出的文件与纸质件同等密级，请按涉密载体管理。`,
              );
          }}
        >
          导出 Excel
        </Button>
      </Space>
      <ErrorNote message={xlsx.error?.message} />
      {done && <Alert style={{ marginTop: 8 }} type="success" showIcon title={done} />}
    </Card>
  );
}
