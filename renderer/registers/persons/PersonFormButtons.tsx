// One button per paper form of the person (renderer/prints/persons/PersonFormPrints.tsx).
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { PERSON_FORMS, type PersonForm } from '../../prints/persons/PersonFormPrints';
import { navigate } from '../../shell/route';

export function PersonFormButtons({ personId }: { personId: number }) {
  return (
    <Space wrap>
      {(Object.keys(PERSON_FORMS) as PersonForm[]).map((f) => (
        <Button key={f} icon={<PrinterOutlined />} onClick={() => navigate(`print/${f}/${personId}`)}>
          打印{PERSON_FORMS[f].replace('涉密人员', '').replace('因私', '')}
        </Button>
      ))}
      <Button icon={<PrinterOutlined />} onClick={() => navigate(`print/person-pledge/${personId}`)}>
        打印保密承诺书
      </Button>
    </Space>
  );
}
