// 修改检查范围: the departments of a check still open, chosen again (a 部门自查 keeps exactly one).
import { Form } from 'antd';
import type { InspectionView } from '../../../electron/ipc/contract';
import { ActionModal, DepartmentsSelect } from '../../components/forms';

export function ScopeModal({ check, onClose }: { check: InspectionView; onClose: () => void }) {
  const one = check.kind === 'self_dept';
  return (
    <ActionModal
      title="修改检查范围"
      channel="inspections:setScope"
      onClose={onClose}
      fixed={{ inspectionId: check.id }}
      initialValues={{ departmentIds: check.departmentIds }}
      toInput={(v: { departmentIds?: number[] }) => ({
        inspectionId: check.id,
        departmentIds: v.departmentIds ?? [],
      })}
      intro={<p>{one ? '部门自查只查一个部门。' : '可选多个部门；不选为全单位。'}</p>}
    >
      <Form.Item name="departmentIds" label="被查部门">
        <DepartmentsSelect aria-label="被查部门" maxCount={one ? 1 : undefined} />
      </Form.Item>
    </ActionModal>
  );
}
