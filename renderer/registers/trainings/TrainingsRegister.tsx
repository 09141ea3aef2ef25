// 保密教育培训: the sessions register (plan, hold, attendance sheet), the training matrix with the yearly floor,
// 年度考核 (a department in one grid), 奖惩 and 保密协议.
import { InputNumber, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { AppraisalGrid } from './AppraisalGrid';
import { MatrixTab } from './MatrixTab';
import { AgreementsList, AppraisalsList } from './RecordsTabs';
import { SanctionsList } from './SanctionsTab';
import { SessionsTab } from './SessionsTab';
import { StaffTab } from './StaffTab';
import './trainings.css';

export function TrainingsRegister() {
  const [year, setYear] = useState(new Date().getFullYear());
  return (
    <div className="page register-page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} className="page-title">
          保密教育培训
        </Typography.Title>
        <Space>
          年度
          <InputNumber
            aria-label="年度"
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setYear(y)}
            style={{ width: 90 }}
          />
        </Space>
      </Space>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'sessions', label: '培训台账', children: <SessionsTab year={year} /> },
          { key: 'matrix', label: '培训矩阵', children: <MatrixTab year={year} /> },
          { key: 'grid', label: '年度考核', children: <AppraisalGrid year={year} /> },
          { key: 'appraisals', label: '考核记录', children: <AppraisalsList year={year} /> },
          { key: 'sanctions', label: '奖惩', children: <SanctionsList year={year} /> },
          { key: 'agreements', label: '保密协议', children: <AgreementsList /> },
          { key: 'staff', label: '在职人员', children: <StaffTab /> },
        ]}
      />
    </div>
  );
}
