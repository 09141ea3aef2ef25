export * from './unit';
export * from './accounts';
export * from './audit';
export * from './attachments';
export * from './approvals';
export * from './settings';
export * from './password-history';
export * from './unit-keys';
