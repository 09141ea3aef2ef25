// 保密协议 filled with the person's data, for signing on paper: 技术保密协议, 知识产权保护协议, 竞业限制协议 or a
// partner's 保密条款. Route: print/training-agreement/<person id>/<agreement id> for a 涉密人员 (filled from their
// file), print/training-agreement/-/<agreement id> for a 在职人员 or a partner (filled from the agreement).
import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { AgreementView, PersonDossier } from '../../../electron/ipc/contract';
import { AGREEMENT_KIND_LABELS, CLEARANCE_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import { useRoute } from '../../shell/route';
import { useSession } from '../../stores/session.store';
import { PrintToolbar } from '../allowance/AllowanceStatementPrint';
import { PersonPrintPage } from '../persons/PersonDossierPrint';
import '../persons/personPrints.css';

/** Who signs: the rows above the terms. */
interface Signer {
  name: string;
  department: string;
  post: string;
  clearance: string;
}

function personSigner(d: PersonDossier): Signer {
  const p = d.person;
  return {
    name: p.name,
    department: p.department,
    post:
      p.posts
        .filter((x) => !x.endedOn)
        .map((x) => x.post)
        .join('、') || '—',
    clearance: p.clearance ? CLEARANCE_LABELS[p.clearance] : '—',
  };
}

/** What each kind binds the signer to (保密法 arts. 45–46; 反不正当竞争法 art. 9; 劳动合同法 arts. 23–24). */
const TERMS: Record<AgreementView['kind'], (a: AgreementView) => string[]> = {
  tech_secrecy: () => [
    '对在工作中接触、知悉的本单位技术秘密和国家秘密承担保密义务，不向任何无关人员披露；',
    '不以任何方式擅自复制、留存、带离含有技术秘密的资料和载体；',
    '离职时交回全部技术资料和载体，离职后仍承担保密义务，直至该技术信息公开为止；',
  ],
  ip_protection: () => [
    '履行职务或主要利用本单位物质技术条件完成的发明创造、作品和技术成果，其知识产权归本单位所有；',
    '不擅自以个人名义申请专利、发表论文或转让、许可他人使用上述成果；',
    '发表涉及本单位工作内容的文章、著述，事先经本单位保密审查；',
  ],
  non_compete: (a) => [
    `自${a.nonCompeteFrom ? printDate(a.nonCompeteFrom) : '劳动关系解除或终止之日'}起至${a.nonCompeteEndsOn ? printDate(a.nonCompeteEndsOn) : '　　年　月　日'}止，不到与本单位有竞争关系的单位任职，不自营或为他人经营同类业务；`,
    '竞业限制期间，本单位按月支付经济补偿；本人违反约定的，按约定承担违约责任；',
    '脱密期内不到境外驻华机构、组织或外资企业工作，未经批准不出国(境)；',
  ],
  partner: (a) => [
    `${a.partner ?? '合作方'}对合作中知悉的本单位国家秘密和工作秘密承担保密义务，仅用于合作目的；`,
    '合作结束时交回或按规定销毁全部涉密资料，不留存任何形式的复制件；',
    '发生泄密或可能泄密的情况，立即告知本单位并采取补救措施；',
  ],
};

function AgreementSheet({ signer, a }: { signer: Signer; a: AgreementView | undefined }) {
  if (!a) return <p>该人员尚未登记此保密协议。</p>;
  const partner = a.kind === 'partner' && !a.personId && !a.staffId;
  return (
    <>
      <h2 className="print-subtitle">{AGREEMENT_KIND_LABELS[a.kind]}</h2>
      <table className="print-table">
        <tbody>
          {partner ? (
            <tr>
              <th>合作方</th>
              <td colSpan={3}>{signer.name}</td>
            </tr>
          ) : (
            <>
              <tr>
                <th>姓名</th>
                <td>{signer.name}</td>
                <th>部门</th>
                <td>{signer.department}</td>
              </tr>
              <tr>
                <th>岗位</th>
                <td>{signer.post}</td>
                <th>涉密等级</th>
                <td>{signer.clearance}</td>
              </tr>
            </>
          )}
          <tr>
            <th>签订日期</th>
            <td>{printDate(a.signedOn)}</td>
            <th>协议期限</th>
            <td>{a.termEndsOn ? `至 ${printDate(a.termEndsOn)}` : '长期'}</td>
          </tr>
        </tbody>
      </table>
      <p className="pledge-intro">
        {partner ? `${signer.name}` : `本人${signer.name}`}与本单位约定，{partner ? '合作方' : '本人'}：
      </p>
      <ol className="pledge-items">
        {TERMS[a.kind](a).map((t) => (
          <li key={t}>{t}</li>
        ))}
        <li>违反本协议的，自愿承担相应的纪律责任和法律责任。</li>
      </ol>
      {a.notes ? <p>其他约定：{a.notes}</p> : null}
      <div className="print-signatures">
        <span>{partner ? '合作方（盖章）：' : '本人（签字）：'}</span>
        <span>单位（盖章）：</span>
        <span>日期：{printDate(a.signedOn)}</span>
      </div>
    </>
  );
}

/** A 在职人员's or a partner's agreement: the signer's data are the agreement's own. */
function StandaloneAgreementPrint({ agreementId }: { agreementId: number }) {
  const unit = useSession((s) => s.unit);
  const [a, setA] = useState<AgreementView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('trainings:agreements', { id: agreementId, page: 1, pageSize: 1 }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      const row = r.value.rows[0];
      if (row) setA(row);
      else setError('找不到该保密协议。');
    });
  }, [agreementId]);
  if (!unit) return null;
  if (!a) return error ? <ErrorNote message={error} /> : <Spin />;
  const signer: Signer = {
    name: a.subject,
    department: a.department ?? '—',
    post: a.post ?? '—',
    clearance: '非涉密人员',
  };
  return (
    <div className="print-route">
      <PrintToolbar back="reg/trainings" />
      <PrintFrame unitName={unit.name} title="保密协议">
        <AgreementSheet signer={signer} a={a} />
      </PrintFrame>
    </div>
  );
}

export function AgreementPrint() {
  const [, , who, id] = useRoute().split('/');
  const agreementId = Number(id);
  if (who === '-') return <StandaloneAgreementPrint agreementId={agreementId} />;
  return (
    <PersonPrintPage
      title="保密协议"
      sheet={(d) => (
        <AgreementSheet signer={personSigner(d)} a={d.agreements.find((x) => x.id === agreementId)} />
      )}
    />
  );
}
