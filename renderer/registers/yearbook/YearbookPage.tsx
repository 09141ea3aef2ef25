// 年度台账与自查自评 (issue 18): the year's 自查自评报告 by the 13 areas of regulation art. 58, and the
// 年度保密工作台账 as one book. One year picker serves both.
import { InputNumber, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { SelfAssessmentTab } from './SelfAssessmentTab';
import { YearbookTab } from './YearbookTab';

export function YearbookPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        年度台账与自查自评
      </Typography.Title>
      <Space style={{ marginBottom: 8 }}>
        年度：
        <InputNumber aria-label="年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Space>
      <Tabs
        items={[
          { key: 'report', label: '年度自查自评报告', children: <SelfAssessmentTab year={year} /> },
          { key: 'book', label: '年度保密工作台账', children: <YearbookTab year={year} /> },
        ]}
      />
    </div>
  );
}
