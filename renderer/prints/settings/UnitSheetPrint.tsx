// 单位基本情况表: the unit profile and which registers this installation keeps, for the file.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { PdfExportButton } from '../../components/PdfExportButton';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import { ADMIN_MODE_LABELS, LEVEL_LABELS, PAGE_LABELS, UNIT_KIND_LABELS } from '../../../db/domain/labels';
import { REGISTER_ENTRIES, REGISTER_IDS } from '../../registers/catalog';
import { navigate } from '../../shell/route';
import { useSession } from '../../stores/session.store';

export function UnitSheetPrint() {
  const unit = useSession((s) => s.unit);
  const account = useSession((s) => s.account);
  if (!unit) return null;
  return (
    <div className="print-route">
      <Space className="print-toolbar no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('home')}>
          返回
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
        <PdfExportButton title="单位基本情况表" />
      </Space>
      <PrintFrame unitName={unit.name} title="单位基本情况表">
        <table className="print-table">
          <tbody>
            <tr>
              <th>单位名称</th>
              <td colSpan={3}>{unit.name}</td>
            </tr>
            <tr>
              <th>单位代码</th>
              <td>{unit.unitCode}</td>
              <th>单位性质</th>
              <td>{UNIT_KIND_LABELS[unit.kind]}</td>
            </tr>
            <tr>
              <th>本机密级</th>
              <td>{LEVEL_LABELS[unit.hostLevel]}级</td>
              <th>管理模式</th>
              <td>{unit.adminMode === 'strict' ? '三员分立' : '小单位模式'}</td>
            </tr>
            <tr>
              <th>说明</th>
              <td colSpan={3}>{ADMIN_MODE_LABELS[unit.adminMode]}</td>
            </tr>
          </tbody>
        </table>
        <h2 className="print-subtitle">本机台账</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>台账</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {REGISTER_IDS.map((id, i) => (
              <tr key={id}>
                <td className="num">{i + 1}</td>
                <td>{PAGE_LABELS[id]}</td>
                <td>{REGISTER_ENTRIES[id].comesWith ? '尚未开放' : '已启用'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="print-signatures">
          <span>填表人：{account?.displayName}</span>
          <span>保密工作负责人（签字）：</span>
          <span>日期：{printDate(new Date())}</span>
        </div>
      </PrintFrame>
    </div>
  );
}
