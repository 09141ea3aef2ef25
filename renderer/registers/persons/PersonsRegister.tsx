// 涉密人员台账: the register over persons:list (filters 部门 / 涉密等级 / 状态 / 脱密期, name search, sort),
// departments, the person form; `reg/persons/<id>` opens one person's page.
import { ApartmentOutlined, PlusOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { PersonRow } from '../../../electron/ipc/contract';
import { yearOf } from '../../../db/domain/dates';
import { RegisterTable } from '../../components/RegisterTable';
import { today } from '../../components/forms';
import { navigate, useRoute } from '../../shell/route';
import { useDepartments } from '../../stores/departments.store';
import { usePersons } from '../../stores/persons.store';
import { DepartmentsModal } from '../departments/DepartmentsModal';
import { personColumns } from './personColumns';
import { PersonFormModal } from './PersonFormModal';
import { PersonPage } from './PersonPage';
import { SettingsModal } from './SettingsModal';
import './persons.css';
import { ImportButton } from '../xlsx/ImportButton';

export function PersonsRegister() {
  const route = useRoute();
  const id = Number(route.split('/')[2]);
  if (id > 0) return <PersonPage id={id} />;
  return <PersonsList />;
}

function PersonsList() {
  const departments = useDepartments((s) => s.items);
  const loadDepartments = useDepartments((s) => s.load);
  const [dialog, setDialog] = useState<'person' | 'departments' | 'settings' | null>(null);
  useEffect(() => {
    void loadDepartments();
  }, [loadDepartments]);
  const columns = useMemo(() => personColumns(departments), [departments]);
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        涉密人员
      </Typography.Title>
      <RegisterTable<PersonRow>
        registerId="persons"
        columns={columns}
        rowKey={(r) => r.id}
        store={usePersons}
        searchPlaceholder="姓名（两个字也可）或证件号"
        emptyText="尚未登记涉密人员。先在「部门管理」中建立部门，再点击「登记人员」。"
        onOpen={(r) => navigate(`reg/persons/${r.id}`)}
        toolbar={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('person')}>
              登记人员
            </Button>
            <Button icon={<ApartmentOutlined />} onClick={() => setDialog('departments')}>
              部门管理
            </Button>
            <Button icon={<SettingOutlined />} onClick={() => setDialog('settings')}>
              人员设置
            </Button>
            <ImportButton register="persons" title="涉密人员台账" />
            <Button
              icon={<PrinterOutlined />}
              onClick={() => navigate(`print/annual-report/${yearOf(today())}`)}
            >
              年度报备
            </Button>
          </>
        }
      />
      <PersonFormModal
        open={dialog === 'person'}
        onClose={() => setDialog(null)}
        onDone={(p) => navigate(`reg/persons/${p.id}`)}
      />
      <DepartmentsModal open={dialog === 'departments'} onClose={() => setDialog(null)} />
      <SettingsModal open={dialog === 'settings'} onClose={() => setDialog(null)} />
    </div>
  );
}
