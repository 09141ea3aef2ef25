// 年度保密自查自评报告: per area of regulation art. 58, the figures from the registers beside the clerk's own
// text, saved area by area (each save audited); exported as Word, or printed / saved as PDF on A4.
import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Space, Table, Typography, message } from 'antd';
import { useState } from 'react';
import type { SelfAssessmentAreaView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { ExportFileButton } from './ExportFileButton';
import { chineseNumber } from '../../../db/domain/numerals';

function AreaCard({ year, area }: { year: number; area: SelfAssessmentAreaView }) {
  const [text, setText] = useState(area.text);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setSaving(true);
    const r = await call('yearbook:saveArea', { year, area: area.area, text });
    setSaving(false);
    setError(r.ok ? null : r.error.message);
    if (r.ok) void message.success(`已保存：${area.title}`);
  };
  return (
    <Card size="small" title={`${chineseNumber(area.no)}、${area.title}`} data-testid={`area-${area.area}`}>
      <Row gutter={16}>
        <Col span={10}>
          {area.figures.length === 0 ? (
            <Typography.Text type="secondary">本系统未设该项登记，无统计数字。</Typography.Text>
          ) : (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={area.figures}
              columns={[
                { title: '统计项', dataIndex: 'label' },
                { title: '数量', dataIndex: 'value', align: 'right', width: 70 },
              ]}
            />
          )}
        </Col>
        <Col span={14}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input.TextArea
              aria-label={`${area.title}（自查情况）`}
              placeholder="本领域的自查情况、存在问题和整改措施"
              autoSize={{ minRows: 5, maxRows: 14 }}
              maxLength={5000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <ErrorNote message={error} />
            <Space>
              <Button onClick={() => void save()} loading={saving} disabled={text === area.text}>
                保存本领域
              </Button>
              {area.updatedAt ? (
                <Typography.Text type="secondary">
                  上次保存：{area.updatedAt.slice(0, 16).replace('T', ' ')}
                </Typography.Text>
              ) : null}
            </Space>
          </Space>
        </Col>
      </Row>
    </Card>
  );
}

export function SelfAssessmentTab({ year }: { year: number }) {
  const { value, error } = useLoad('yearbook:report', { year }, ['yearbook'], true);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <ExportFileButton
          label="导出 Word"
          run={(outPath, jobId) => call('yearbook:exportDocx', { year, outPath, jobId })}
        />
        <Button icon={<FilePdfOutlined />} onClick={() => navigate(`print/self-assessment/${year}`)}>
          打印 / 导出 PDF
        </Button>
        {value ? <Typography.Text type="secondary">统计截至 {value.asOf}</Typography.Text> : null}
      </Space>
      <ErrorNote message={error} />
      {value?.areas.map((a) => (
        // Keyed by the saved version: a save (or another window's) shows the text as stored.
        <AreaCard key={`${year}-${a.area}-${a.updatedAt ?? ''}`} year={year} area={a} />
      ))}
    </Space>
  );
}
