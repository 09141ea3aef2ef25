// The person's papers in one 打印 menu (renderer/prints/persons/PersonFormPrints.tsx): the header keeps one line at
// 1024 px instead of seven buttons pushing the name into a column of single characters.
import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { PERSON_FORMS, type PersonForm } from '../../prints/persons/PersonFormPrints';
import { navigate } from '../../shell/route';

export function PersonFormButtons({ personId }: { personId: number }) {
  const items = [
    { key: `print/person-dossier/${personId}`, label: '打印人员档案' },
    ...(Object.keys(PERSON_FORMS) as PersonForm[]).map((f) => ({
      key: `print/${f}/${personId}`,
      label: `打印${PERSON_FORMS[f].replace('涉密人员', '').replace('因私', '')}`,
    })),
    { key: `print/person-pledge/${personId}`, label: '打印保密承诺书' },
  ];
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick: (e) => navigate(e.key) }}>
      <Button icon={<PrinterOutlined />} aria-label="打印">
        打印 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
