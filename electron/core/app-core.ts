import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { ENTITY_DOMAINS, type AuditEntity, type ChangeTopic } from '../../db/domain/domains';
import { AppException } from '../../db/domain/errors';
import type { AdminMode } from '../../db/domain/vocab';
import { closeDatabase, type Db } from '../../db/open';
import { getUnitProfile } from '../../db/repos/unit.repo';
import type { Drive } from '../ipc/schemas/files';
import type { SessionAccount } from '../ipc/schemas/session';
import { appendAudit } from './audit/audit';
import { type Clock, systemClock } from './util/clock';
import { today } from './util/dates';
import { DEFAULT_KDF, type KdfParams } from './vault/kdf';
import { keyringPathFor } from './vault/keyring';
import type { ShellPort } from './util/shell-port';

export interface CoreOptions {
  /** The encrypted database file; its keyring sits beside it (`<name>.keyring`). */
  dbPath: string;
  /** KDF cost; tests may lower it, production uses the default (≥ 64 MiB). */
  kdf?: KdfParams;
  clock?: Clock;
  /** What only the shell can do (render the page to PDF); absent in the CLI. */
  shell?: ShellPort;
  /** Where the removable drives are asked of; absent: the operating system (electron/core/files/drives.ts). */
  drives?: () => Promise<Drive[]>;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Who acts and when, inside one audited write. */
export interface WriteCtx {
  accountId: number;
  actor: string;
  /** The recording instant (ISO), the same for every row the write makes. */
  now: string;
  /** The clerk's calendar date at that instant (`YYYY-MM-DD`). */
  today: string;
  /** Name another domain this write changes (the audited entity's own domain is named already). */
  touch(domain: ChangeTopic): void;
}

/** The audit entry's id and detail, read from what the write returned. */
export type AuditOf<T> = (result: T) => { entityId?: string | number | null; detail?: unknown };

/** The domains changed by the committed writes of one call (one dispatch). */
const changeScope = new AsyncLocalStorage<Set<ChangeTopic>>();

/**
 * The state of one running installation: locked, or unlocked with an open database and a logged-in
 * account. Domain services take it and use `session()` and `write()`; nothing else holds the database.
 */
export class AppCore {
  readonly dbPath: string;
  readonly keyringPath: string;
  readonly kdf: KdfParams;
  readonly clock: Clock;
  readonly shell: ShellPort | undefined;
  readonly drives: (() => Promise<Drive[]>) | undefined;
  private db: Db | null = null;
  private account: SessionAccount | null = null;
  /** Kept while unlocked to wrap new key slots and make backups; zeroed at lock. */
  private dataKey: Uint8Array | null = null;
  private lastActivity = 0;

  constructor(options: CoreOptions) {
    this.dbPath = options.dbPath;
    this.keyringPath = keyringPathFor(options.dbPath);
    this.kdf = options.kdf ?? DEFAULT_KDF;
    this.clock = options.clock ?? systemClock;
    this.shell = options.shell;
    this.drives = options.drives;
  }

  isSetUp(): boolean {
    return existsSync(this.keyringPath) || existsSync(this.dbPath);
  }

  /** Marks user activity (every session call does); the idle lock measures from here where no OS idle time exists. */
  touch(): void {
    this.lastActivity = this.clock.now().getTime();
  }

  msSinceActivity(): number {
    return this.clock.now().getTime() - this.lastActivity;
  }

  isUnlocked(): boolean {
    return this.db !== null && this.account !== null;
  }

  now(): string {
    return this.clock.now().toISOString();
  }

  /** Called by the session service after a successful unlock. */
  attach(db: Db, account: SessionAccount, dataKey: Uint8Array): void {
    this.detach();
    this.db = db;
    this.account = account;
    this.dataKey = Uint8Array.from(dataKey);
    this.touch();
  }

  refreshAccount(account: SessionAccount): void {
    if (this.account?.id === account.id) this.account = account;
  }

  /** A copy of the data key for the duration of `fn` (awaited), zeroed afterwards. */
  async withDataKey<T>(fn: (key: Uint8Array) => T | Promise<T>): Promise<T> {
    if (!this.dataKey) throw new AppException('LOCKED', '程序已锁定，请先登录。');
    const copy = Uint8Array.from(this.dataKey);
    try {
      return await fn(copy);
    } finally {
      copy.fill(0);
    }
  }

  /** Close the database and forget the session (lock, idle lock, quit). */
  detach(): void {
    if (this.db) closeDatabase(this.db);
    this.dataKey?.fill(0);
    this.dataKey = null;
    this.db = null;
    this.account = null;
  }

  /** 三员 strict or small-unit mode, as chosen at setup (read per call: it is one indexed row). */
  adminMode(): AdminMode {
    return getUnitProfile(this.session().db)?.adminMode ?? 'strict';
  }

  session(): { db: Db; account: SessionAccount } {
    if (!this.db || !this.account) throw new AppException('LOCKED', '程序已锁定，请先登录。');
    return { db: this.db, account: this.account };
  }

  /**
   * The one audited write: `fn` runs in one immediate transaction with the context (who, when, today), and
   * the audit entry `action` on `entity` is appended in the same transaction, so the change and its entry
   * commit together or not at all. Once committed, the domains it touched are reported to the caller (the
   * entity's own, `audit`, and any `ctx.touch`ed), so every view of them refetches.
   */
  write<T>(action: string, entity: AuditEntity, fn: (tx: Tx, ctx: WriteCtx) => T, audit?: AuditOf<T>): T {
    const { db, account } = this.session();
    const now = this.now();
    const touched = new Set<ChangeTopic>(['audit', ENTITY_DOMAINS[entity]]);
    const ctx: WriteCtx = {
      accountId: account.id,
      actor: account.username,
      now,
      today: today(this.clock),
      touch: (domain) => touched.add(domain),
    };
    const result = db.transaction(
      (tx) => {
        const result = fn(tx, ctx);
        appendAudit(tx, { accountId: account.id, actor: account.username }, now, {
          action,
          entity,
          ...audit?.(result),
        });
        return result;
      },
      { behavior: 'immediate' },
    );
    this.changed(touched);
    return result;
  }

  /** Report domains changed by a committed write made outside `write` (login, backup, restore). */
  changed(domains: Iterable<ChangeTopic>): void {
    const scope = changeScope.getStore();
    if (scope) for (const d of domains) scope.add(d);
  }

  /** Run one call and collect the domains its committed writes changed (the dispatcher reports them). */
  async collectChanges<R>(fn: () => Promise<R>): Promise<{ result: R; changes: ChangeTopic[] }> {
    const scope = new Set<ChangeTopic>();
    const result = await changeScope.run(scope, fn);
    return { result, changes: [...scope] };
  }
}
