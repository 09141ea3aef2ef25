// 年度保密工作台账: the sections of REFERENCE §2.1 with the year's row counts; the book is exported as one
// workbook (a sheet per section) or one PDF book (cover, contents, a chapter per section: written by the core,
// book-pdf.ts), or printed on paper from its print route.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { ExportFileButton } from './ExportFileButton';

export function YearbookTab({ year }: { year: number }) {
  const { value, error, loading } = useLoad('yearbook:book', { year }, 'any', true);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <ExportFileButton
          label="导出 Excel"
          run={(outPath, jobId) => call('yearbook:exportXlsx', { year, outPath, jobId })}
        />
        <ExportFileButton
          label="导出 PDF"
          run={(outPath, jobId) => call('yearbook:exportPdf', { year, outPath, jobId })}
        />
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`print/yearbook/${year}`)}>
          打印
        </Button>
      </Space>
      <ErrorNote message={error} />
      <Table
        size="small"
        loading={loading && !value}
        pagination={false}
        rowKey="id"
        dataSource={value?.sections ?? []}
        columns={[
          { title: '序号', width: 60, render: (_v, _r, i) => i + 1 },
          { title: '台账', dataIndex: 'title' },
          {
            title: '本年记录',
            dataIndex: 'rows',
            width: 100,
            align: 'right',
            render: (rows: unknown[]) => rows.length,
          },
          {
            title: '说明',
            dataIndex: 'note',
            render: (note: string | null) => <Typography.Text type="secondary">{note ?? ''}</Typography.Text>,
          },
        ]}
      />
    </Space>
  );
}
