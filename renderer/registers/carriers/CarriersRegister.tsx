// 涉密载体: the register with its actions, and beside it the work that runs over the whole register —
// 年度定密审核, 清点 and the kept 销毁 records.
import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { DestructionsTab } from './DestructionsTab';
import { InventoryTab } from '../inventory/InventoryTab';
import { LedgerTab } from './LedgerTab';
import { ReviewTab } from '../classification/ReviewTab';
import { viewTab } from '../../shell/view';

export function CarriersRegister() {
  // A reminder's 前往处理 opens the tab that resolves it (年度定密审核, the running 清点).
  const [tab, setTab] = useState(() => viewTab('carriers') ?? 'ledger');
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        涉密载体
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        className="carrier-tabs"
        items={[
          { key: 'ledger', label: '台账', children: <LedgerTab /> },
          { key: 'review', label: '年度定密审核', children: <ReviewTab /> },
          { key: 'inventory', label: '清点', children: <InventoryTab /> },
          { key: 'destructions', label: '销毁记录', children: <DestructionsTab /> },
        ]}
      />
    </div>
  );
}
