// 新建检查: kind, period, who checks whom (one department, several, or the whole unit); the checklist comes from the unit's template (art. 58's 13 areas).
import { Form, Select } from 'antd';
import { useState } from 'react';
import type { CheckKind, InspectionView } from '../../../electron/ipc/contract';
import { CHECK_AREA_LABELS, CHECK_KIND_LABELS } from '../../../db/domain/labels';
import {
  ActionModal,
  clean,
  DateItem,
  DepartmentsSelect,
  NamesField,
  PersonPicker,
  TextField,
  thisMonth,
  today,
} from '../../components/forms';
import { optionsOf } from '../../i18n/labels';

export function OpenCheckModal({
  onClose,
  onDone,
}: {
  onClose: () => void;
  onDone: (c: InspectionView) => void;
}) {
  const [kind, setKind] = useState<CheckKind>('self_dept');
  return (
    <ActionModal
      title="新建保密检查"
      channel="inspections:open"
      toInput={clean}
      onClose={onClose}
      onDone={onDone}
      initialValues={{ kind: 'self_dept', checkedOn: today(), period: thisMonth() }}
      intro={<p>检查表按本单位模板生成（默认为实施条例第五十八条所列13个方面）。</p>}
    >
      <Form.Item name="kind" label="检查类型">
        <Select<CheckKind> style={{ width: 200 }} options={optionsOf(CHECK_KIND_LABELS)} onChange={setKind} />
      </Form.Item>
      <TextField name="title" label="检查名称" required />
      <TextField name="period" label="检查期间" required />
      <DateItem name="checkedOn" label="检查日期" />
      {kind === 'self_person' ? (
        <Form.Item name="personId" label="自查人员">
          <PersonPicker aria-label="自查人员" />
        </Form.Item>
      ) : (
        <Form.Item
          name="departmentIds"
          label={kind === 'self_dept' ? '被查部门' : '被查部门（可多选，不选为全单位）'}
        >
          {/* A 部门自查 is one department; 抽查 and 联合检查 may cover several. */}
          <DepartmentsSelect aria-label="被查部门" maxCount={kind === 'self_dept' ? 1 : undefined} />
        </Form.Item>
      )}
      <NamesField name="inspectors" label="检查人员" required />
      <Form.Item name="areas" label="检查领域（不选为全部）">
        <Select mode="multiple" allowClear options={optionsOf(CHECK_AREA_LABELS)} />
      </Form.Item>
      {kind === 'superior' ? (
        <>
          <TextField name="authority" label="检查机关" required />
          <TextField name="opinion" label="检查意见" area />
        </>
      ) : null}
    </ActionModal>
  );
}
