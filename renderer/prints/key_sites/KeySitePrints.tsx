// 要害部门部位 on paper: 审定表 (申报, 防护措施, 保密委员会审定), 撤销表 and 出入登记簿. Routes
// `print/key-site/<id>`, `print/key-site-revoke/<id>` and `print/key-site-visits/<id>`.
import type { KeySiteView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { printDate, tableDateTime } from '../../i18n/format';
import { KEY_SITE_KIND_LABELS, LEVEL_LABELS, PROTECTION_CATEGORY_LABELS } from '../../../db/domain/labels';
import { PROTECTION_CATEGORIES } from '../../../db/domain/vocab';
import { useRoute } from '../../shell/route';
import { FormTable, RecordSheet, Signatures } from '../reviews/FormSheet';
import { opinion } from '../reviews/ReviewPrints';

const load = (id: number) => () => call('key_sites:get', { siteId: id });
const siteId = (route: string) => Number(route.split('/')[2]);

export function KeySiteApprovalPrint() {
  const id = siteId(useRoute());
  return (
    <RecordSheet<KeySiteView>
      title="保密要害部门部位审定表"
      back="reg/key_sites"
      load={load(id)}
      render={(s) => (
        <>
          <FormTable
            rows={[
              ['申报单位（部门）', s.department ?? ''],
              ['类别', KEY_SITE_KIND_LABELS[s.kind]],
              ['名称', s.name],
              ['涉密等级', LEVEL_LABELS[s.level]],
              ['负责人', s.managerName],
              ['位置', s.location ?? ''],
              ['在编人员数', String(s.staffCount)],
              ['申报理由', s.reason],
              ...PROTECTION_CATEGORIES.map((c): [string, string] => [
                PROTECTION_CATEGORY_LABELS[c],
                s.protections
                  .filter((p) => p.category === c)
                  .map((p) => `${p.item}${p.quantity > 1 ? ` ${p.quantity} 个` : ''}`)
                  .join('、'),
              ]),
              ['申报日期', printDate(s.proposedOn)],
              ['保密委员会审定意见', opinion(s.steps.find((x) => x.step === 'approve'))],
            ]}
          />
          <Signatures who={['申报部门负责人', '保密办', '保密委员会主任']} />
        </>
      )}
    />
  );
}

export function KeySiteRevokePrint() {
  const id = siteId(useRoute());
  return (
    <RecordSheet<KeySiteView>
      title="保密要害部门部位撤销表"
      back="reg/key_sites"
      load={load(id)}
      render={(s) => (
        <>
          <FormTable
            rows={[
              ['名称', s.name],
              ['涉密等级', LEVEL_LABELS[s.level]],
              ['位置', s.location ?? ''],
              ['审定日期', printDate(s.approvedOn)],
              ['撤销原因', s.revokeReason ?? ''],
              ['撤销决定人', s.revokedBy ?? ''],
              ['撤销日期', printDate(s.revokedOn)],
              ['保密委员会意见', opinion(s.steps.find((x) => x.step === 'revoke'))],
            ]}
          />
          <Signatures who={['保密办', '保密委员会主任']} />
        </>
      )}
    />
  );
}

export function KeySiteVisitsPrint() {
  const id = siteId(useRoute());
  return (
    <RecordSheet<KeySiteView>
      title="要害部位出入登记簿"
      back="reg/key_sites"
      load={load(id)}
      render={(s) => (
        <>
          <p>
            {[`部位：${s.name}`, `涉密等级：${LEVEL_LABELS[s.level]}`, `负责人：${s.managerName}`].join('　')}
          </p>
          <table className="print-table">
            <thead>
              <tr>
                <th>序号</th>
                <th>来访人</th>
                <th>单位</th>
                <th>事由</th>
                <th>陪同人</th>
                <th>进入时间</th>
                <th>离开时间</th>
              </tr>
            </thead>
            <tbody>
              {[...s.visits].reverse().map((v, i) => (
                <tr key={v.id}>
                  <td className="num">{i + 1}</td>
                  <td>{v.visitorName}</td>
                  <td>{v.visitorOrg ?? ''}</td>
                  <td>{v.purpose}</td>
                  <td>{v.escortName}</td>
                  <td>{tableDateTime(v.inAt)}</td>
                  <td>{v.outAt ? tableDateTime(v.outAt) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Signatures who={['部位负责人']} />
        </>
      )}
    />
  );
}
