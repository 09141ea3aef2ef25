// The domains of the app, one word each: the same word names the core folder (electron/core/<domain>), the
// channel prefix (`<domain>:verb`), the schema and handler files, the renderer store and register folder, and
// the change topic a committed write reports. The floor (app-core, util, audit, approvals) serves them all.
export const DOMAINS = [
  'session',
  'accounts',
  'audit',
  'approvals',
  'settings',
  'keys',
  'backup',
  'attachments',
  'print',
  'reminders',
  'carriers',
  'classification',
  'inventory',
  'departments',
  'persons',
  'leaving',
  'travel',
  'allowance',
  'exchange',
  'trainings',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** What a committed write reports it changed: the domains whose registers (lists, drawers, counts) to refetch. */
export type ChangeTopic = Domain;

/** What an audit entry names as changed (its `entity`), and the domain whose registers show it. */
export const ENTITY_DOMAINS = {
  account: 'accounts',
  agreement: 'trainings',
  appraisal: 'trainings',
  allowance_statement: 'allowance',
  approval: 'approvals',
  approval_request: 'approvals',
  attachment: 'attachments',
  audit: 'audit',
  audit_log: 'audit',
  carrier: 'carriers',
  classification_item: 'classification',
  clearance_decision: 'persons',
  counterpart: 'exchange',
  database: 'backup',
  department: 'departments',
  destruction: 'carriers',
  exchange_package: 'exchange',
  inventory: 'inventory',
  keyring: 'keys',
  leaving: 'leaving',
  passport: 'travel',
  person: 'persons',
  print: 'print',
  private_travel: 'travel',
  sanction: 'trainings',
  settings: 'settings',
  staff_member: 'trainings',
  training_session: 'trainings',
  unit: 'settings',
  unit_key: 'keys',
} as const satisfies Record<string, Domain>;
export type AuditEntity = keyof typeof ENTITY_DOMAINS;
