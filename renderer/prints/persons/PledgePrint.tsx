// 保密承诺书 filled with the person's data (issue 5 item 10): the pledge of the kind recorded (上岗, 在岗,
// 离岗, 出国(境)) or the yearly 保密责任书, for signing on paper. Route: print/person-pledge/<id>[/<pledge id>];
// without a pledge id, the latest.
import type { PersonDossier, PledgeView } from '../../../electron/ipc/contract';
import { printDate } from '../../i18n/format';
import { CLEARANCE_LABELS, PLEDGE_KIND_LABELS } from '../../../db/domain/labels';
import { useRoute } from '../../shell/route';
import { PersonPrintPage } from './PersonDossierPrint';

/** What the person undertakes, common to every pledge (保密法 arts. 45–46; 实施条例 arts. 50–54). */
const COMMON = [
  '认真遵守国家保密法律法规和本单位保密规章制度，履行保密义务；',
  '不以任何方式泄露所接触和知悉的国家秘密，不违规记录、存储、复制国家秘密信息，不违规留存涉密载体；',
  '未经本单位审查批准，不擅自发表涉及未公开工作内容的文章、著述；',
  '违反上述承诺，自愿承担党纪政纪责任和法律后果。',
];

const BY_KIND: Record<PledgeView['kind'], string[]> = {
  onboarding: ['自愿接受保密审查，如实提供个人信息，在涉密岗位工作期间接受保密管理和监督；'],
  in_post: ['在岗期间个人情况发生重大变化时及时向单位报告，按规定参加保密教育培训；'],
  leaving: [
    '离岗前已清退所持有和使用的全部涉密载体和涉密信息设备；',
    '在脱密期内遵守脱密期管理规定，不在境外机构、组织或外资企业任职，未经批准不出国(境)；',
  ],
  travel: [
    '因私出国(境)期间不携带涉密载体，不与境外人员谈论国家秘密，遇有可疑情况及时报告；',
    '按批准的行程和期限返回，返回后及时交回证照并报告出行情况；',
  ],
  responsibility_letter: ['本年度履行本岗位保密责任，接受年度保密考核；'],
};

function PledgeSheet({ d, pledge }: { d: PersonDossier; pledge: PledgeView | undefined }) {
  const p = d.person;
  if (!pledge) return <p>该人员尚未登记保密承诺书。</p>;
  const post =
    p.posts
      .filter((x) => !x.endedOn)
      .map((x) => x.post)
      .join('、') || '—';
  const items = [...(BY_KIND[pledge.kind] ?? []), ...COMMON];
  return (
    <>
      <h2 className="print-subtitle">
        {PLEDGE_KIND_LABELS[pledge.kind]}
        {pledge.year ? `（${pledge.year}年度）` : ''}
      </h2>
      <p className="pledge-intro">
        本人{p.name}，{p.department}
        {post}，涉密等级{p.clearance ? CLEARANCE_LABELS[p.clearance] : '未定'}
        。本人已学习《中华人民共和国保守国家秘密法》及其实施条例和本单位保密管理制度，郑重承诺：
      </p>
      <ol className="pledge-items">
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ol>
      <div className="print-signatures">
        <span>承诺人（签字）：</span>
        <span>签订日期：{printDate(pledge.signedOn)}</span>
      </div>
    </>
  );
}

export function PledgePrint() {
  const part = useRoute().split('/')[3];
  const pledgeId = part ? Number(part) : null;
  return (
    <PersonPrintPage
      title="保密承诺书"
      sheet={(d) => (
        <PledgeSheet
          d={d}
          pledge={
            pledgeId === null
              ? [...d.pledges].sort((a, b) => b.signedOn.localeCompare(a.signedOn))[0]
              : d.pledges.find((x) => x.id === pledgeId)
          }
        />
      )}
    />
  );
}
