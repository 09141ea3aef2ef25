// Route → page. Registers this version has get their component; the others the honest 尚未开放 page.
import { Card, Typography, message } from 'antd';
import type { ComponentType } from 'react';
import type { Action, RegisterId } from '../../electron/ipc/contract';
import { NotYetOpen } from '../components/NotYetOpen';
import { CarrierPrint } from '../prints/CarrierPrints';
import { UnitSheetPrint } from '../prints/UnitSheetPrint';
import { ApprovalsRegister } from '../registers/ApprovalsRegister';
import { CarriersRegister } from '../registers/CarriersRegister';
import { ClassificationItemsRegister } from '../registers/carriers/ClassificationItemsRegister';
import { ADMIN_ENTRIES, REGISTER_ENTRIES, type AdminId } from '../registers/catalog';
import { ChangePasswordForm } from './ChangePasswordForm';
import { HomePage } from './HomePage';
import { navigate } from './route';

const BUILT: Partial<Record<RegisterId, ComponentType>> = {
  carriers: CarriersRegister,
  classification_items: ClassificationItemsRegister,
  approvals: ApprovalsRegister,
};

function PasswordPage() {
  return (
    <div className="page">
      <Typography.Title level={4} className="page-title">
        修改密码
      </Typography.Title>
      <Card size="small" style={{ maxWidth: 480 }}>
        <ChangePasswordForm
          onDone={() => {
            void message.success('密码已修改。下次登录请使用新密码。');
            navigate('home');
          }}
        />
      </Card>
    </div>
  );
}

export function PageOf({ route, actions }: { route: string; actions: Action[] }) {
  const [kind, id] = route.split('/') as [string, string | undefined];
  if (kind === 'print' && id === 'unit') return <UnitSheetPrint />;
  if (kind === 'print' && id?.startsWith('carrier-')) return <CarrierPrint name={id} />;
  if (kind === 'password') return <PasswordPage />;
  if (kind === 'reg' && id && id in REGISTER_ENTRIES && actions.includes('register:read')) {
    const entry = REGISTER_ENTRIES[id as RegisterId];
    const Built = BUILT[id as RegisterId];
    if (Built) return <Built />;
    return <NotYetOpen title={entry.label} comesWith={entry.comesWith ?? ''} />;
  }
  if (kind === 'admin' && id && id in ADMIN_ENTRIES) {
    const entry = ADMIN_ENTRIES[id as AdminId];
    return <NotYetOpen title={entry.label} comesWith={entry.comesWith} />;
  }
  return <HomePage />;
}
