// 因私证照由单位统一保管: the passports the unit keeps, who has one out, and when it is due back.
import { Button, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { PassportView } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';
import { PASSPORT_KIND_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { ActionModal, clean, DateItem, today } from '../../components/forms';

export function PassportsTable({
  passports,
  personId,
}: {
  passports: PassportView[];
  /** Registering needs a person: given on a person's page, absent on the register page. */
  personId?: number;
}) {
  const [adding, setAdding] = useState(false);
  const [returning, setReturning] = useState<PassportView | null>(null);
  return (
    <div>
      <Table<PassportView>
        size="small"
        bordered
        rowKey="id"
        pagination={passports.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        dataSource={passports}
        locale={{ emptyText: '单位未保管证照。' }}
        columns={[
          { title: '持有人', width: 90, dataIndex: 'personName' },
          { title: '证照', width: 110, render: (_, p) => PASSPORT_KIND_LABELS[p.kind] },
          { title: '号码', dataIndex: 'number' },
          { title: '有效期至', width: 110, render: (_, p) => tableDate(p.expiresOn) },
          {
            title: '保管状态',
            width: 170,
            render: (_, p) =>
              p.inCustody ? (
                '在单位保管'
              ) : (
                <Tag color={p.overdue ? 'red' : 'orange'}>
                  {tableDate(p.handedOutOn)} 领出{p.dueBackOn ? `，应于 ${tableDate(p.dueBackOn)} 交回` : ''}
                </Tag>
              ),
          },
          {
            title: '',
            width: 80,
            render: (_, p) =>
              p.inCustody ? null : (
                <Button size="small" type="link" onClick={() => setReturning(p)}>
                  交回
                </Button>
              ),
          },
        ]}
      />
      {personId ? (
        <Button style={{ marginTop: 8 }} onClick={() => setAdding(true)}>
          登记交单位保管的证照
        </Button>
      ) : null}
      <ActionModal
        title="登记证照"
        channel="travel:registerPassport"
        open={adding}
        onClose={() => setAdding(false)}
        fixed={{ personId }}
        toInput={clean}
        initialValues={{ kind: 'passport', receivedOn: today() }}
      >
        <div className="form-grid">
          <Form.Item name="kind" label="证照类型">
            <Select options={optionsOf(PASSPORT_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="number" label="证照号码">
            <Input />
          </Form.Item>
          <DateItem name="expiresOn" label="有效期至" />
          <DateItem name="receivedOn" label="交单位保管日期" />
        </div>
      </ActionModal>
      <ActionModal
        title={`证照交回：${returning?.number ?? ''}`}
        channel="travel:returnPassport"
        open={returning !== null}
        onClose={() => setReturning(null)}
        fixed={{ passportId: returning?.id }}
        initialValues={{ returnedOn: today() }}
      >
        <DateItem name="returnedOn" label="交回日期" />
      </ActionModal>
    </div>
  );
}
