// 公钥指纹确认单: the unit's key fingerprints on paper, signed and filed with the supervising unit, which
// compares them group by group when it imports the public key file.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { fingerprintText } from '../../../db/domain/fingerprint';
import { useLoad } from '../../stores/load';
import { printDate } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useCan, useSession } from '../../stores/session.store';

function Groups({ value }: { value: string }) {
  return <span className="fp-groups">{fingerprintText(value)}</span>;
}

export function FingerprintSheetPrint() {
  const sheet = useLoad('keys:fingerprintSheet', {}, ['keys']);
  const keys = useLoad('keys:own', {}, ['keys']);
  const account = useSession((s) => s.account);
  // The system administrator of a strict unit keeps the keys on the settings page, not in the registers.
  const back = useCan('register:read') ? 'reg/exchange' : 'admin/settings';
  const s = sheet.value;
  // A sheet printed after a rotation says it replaces the one on file, and since when.
  const rotated = keys.value
    ? (
        [
          ['签名密钥', keys.value.sign],
          ['加密密钥', keys.value.encrypt],
        ] as const
      ).filter(([, k]) => k.prevKeyId)
    : [];
  const rotatedOn = rotated
    .map(([, k]) => k.createdAt)
    .sort()
    .at(-1);
  return (
    <div className="print-route">
      <Space className="print-toolbar no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)}>
          返回
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      </Space>
      <ErrorNote message={sheet.error} />
      {s && (
        <PrintFrame unitName={s.unitName} title="公钥指纹确认单">
          <table className="print-table">
            <tbody>
              <tr>
                <th>单位名称</th>
                <td>{s.unitName}</td>
              </tr>
              <tr>
                <th>单位代码</th>
                <td>{s.unitCode}</td>
              </tr>
              <tr>
                <th>签名公钥指纹</th>
                <td style={{ fontFamily: 'monospace', fontSize: '13pt' }}>
                  <Groups value={s.fingerprint} />
                </td>
              </tr>
              <tr>
                <th>签名密钥编号</th>
                <td>{s.signKeyId}</td>
              </tr>
              <tr>
                <th>生成日期</th>
                <td>{printDate(s.signCreatedAt)}</td>
              </tr>
              <tr>
                <th>加密公钥指纹</th>
                <td style={{ fontFamily: 'monospace' }}>
                  <Groups value={s.encFingerprint} />
                </td>
              </tr>
              <tr>
                <th>加密密钥编号</th>
                <td>{s.encKeyId}</td>
              </tr>
            </tbody>
          </table>
          <p>
            说明：对方单位导入本单位公钥文件（.bmkey）时，须将其显示的签名公钥指纹与本表逐组核对，一致方可导入。
            本表一式两份，一份报上级保密工作部门备案，一份本单位留存。
          </p>
          {rotatedOn && (
            <p data-testid="fingerprint-replaces">
              本单位{rotated.map(([name]) => name).join('和')}已于{printDate(rotatedOn)}
              更换，本表替代此前的确认单，原确认单上的指纹自该日起停用。
            </p>
          )}
          <div className="print-signatures">
            <span>保密员：{account?.displayName}</span>
            <span>保密工作负责人（签字）：</span>
            <span>日期：{printDate(s.printedAt)}</span>
          </div>
        </PrintFrame>
      )}
    </div>
  );
}
