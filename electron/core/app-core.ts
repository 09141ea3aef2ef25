import { existsSync } from 'node:fs';
import { AppException } from '../../db/domain/errors';
import type { AdminMode } from '../../db/domain/vocab';
import { closeDatabase, type Db } from '../../db/open';
import { getUnitProfile } from '../../db/repos/unit.repo';
import type { SessionAccount } from '../ipc/schemas/session';
import { appendAudit, type AuditInput } from './audit/audit';
import { type Clock, systemClock } from './util/clock';
import { DEFAULT_KDF, type KdfParams } from './vault/kdf';
import { keyringPathFor } from './vault/keyring';
import type { ShellPort } from './print/shell-port';

export interface CoreOptions {
  /** The encrypted database file; its keyring sits beside it (`<name>.keyring`). */
  dbPath: string;
  /** KDF cost; tests may lower it, production uses the default (≥ 64 MiB). */
  kdf?: KdfParams;
  clock?: Clock;
  /** What only the shell can do (render the page to PDF); absent in the CLI. */
  shell?: ShellPort;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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
   * Run a multi-step write as one immediate transaction with its audit entry: the change and the entry
   * commit together or not at all.
   */
  write<T>(fn: (tx: Tx) => T, audit: (result: T) => AuditInput): T {
    const { db, account } = this.session();
    return db.transaction(
      (tx) => {
        const result = fn(tx);
        appendAudit(tx, { accountId: account.id, actor: account.username }, this.now(), audit(result));
        return result;
      },
      { behavior: 'immediate' },
    );
  }
}
