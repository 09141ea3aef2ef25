import { Result } from 'antd';
import { ROLE_LABELS } from '../i18n/labels';
import { useSession } from '../stores/session.store';

/**
 * A page this role may not open (a typed or remembered address): a refusal that shows no data. The core
 * refuses the calls too; this only says so before any is made.
 */
export function Forbidden({ title }: { title: string }) {
  const role = useSession((s) => s.account?.role);
  return (
    <Result
      status="403"
      className="not-yet-open"
      title={`${title}：无权访问`}
      subTitle={`当前账户（${role ? ROLE_LABELS[role] : '未登录'}）无权查看此页面。三员分立：管理员看不到台账内容，审计员只能查看审计日志。如需办理，请联系相应人员。`}
    />
  );
}
