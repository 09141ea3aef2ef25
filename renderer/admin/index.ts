// The administration pages by their route id (renderer/registers/catalog.ts ADMIN_ENTRIES).
import type { ComponentType } from 'react';
import type { AdminId } from '../registers/catalog';
import { AccountsPage } from './AccountsPage';
import { AuditPage } from './AuditPage';
import { BackupPage } from './BackupPage';
import { SettingsPage } from './SettingsPage';

export const ADMIN_PAGES: Record<AdminId, ComponentType> = {
  accounts: AccountsPage,
  settings: SettingsPage,
  audit: AuditPage,
  backup: BackupPage,
};
