import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

interface Scope {
  clinicId: string | null;
  role: 'interlude_app' | 'interlude_relay';
  manager: EntityManager;
  afterCommit: Array<() => void>;
  /** Set once the transaction has ended: callbacks that outlive it (a socket's) must not join it. */
  ended: boolean;
}

/**
 * The one way to touch the database. Every unit of work is a transaction that runs as the
 * application role (`SET LOCAL ROLE interlude_app`) with the clinic set by `set_config(..., true)`,
 * so row-level security applies even where application code forgets a `clinic_id` filter.
 * The transaction is held in AsyncLocalStorage so repositories reach it without passing it around.
 */
@Injectable()
export class TenantDatabase {
  private readonly scope = new AsyncLocalStorage<Scope>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` inside one transaction scoped to `clinicId` (or joins the one already open for it). */
  inClinic<T>(clinicId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.run(clinicId, 'interlude_app', work);
  }

  /** Runs `work` as the application role with no clinic: only global tables are visible. */
  global<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.run(null, 'interlude_app', work);
  }

  /** Crosses tenants for the outbox relay only: the relay role sees the outbox table and nothing else. */
  unsafeAsRelay<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.run(null, 'interlude_relay', work);
  }

  /**
   * Lets the open transaction see the rows RLS grants to this person across clinics (their own
   * memberships and those clinics), e.g. to list where they can work.
   */
  async actAsUser(userId: string): Promise<void> {
    await this.manager().query("SELECT set_config('app.user_id', $1, true)", [userId]);
  }

  /** The open transaction's manager; throws when called outside `inClinic`/`global`. */
  manager(): EntityManager {
    const current = this.scope.getStore();
    if (!current) throw new Error('No tenant transaction is open');
    return current.manager;
  }

  /** The clinic of the open transaction. */
  clinicId(): string {
    const clinicId = this.scope.getStore()?.clinicId;
    if (!clinicId) throw new Error('No clinic is set for this transaction');
    return clinicId;
  }

  /** Runs `fn` once the open transaction has committed (never if it rolls back). */
  afterCommit(fn: () => void): void {
    const current = this.scope.getStore();
    if (!current) throw new Error('No tenant transaction is open');
    current.afterCommit.push(fn);
  }

  private async run<T>(
    clinicId: string | null,
    role: 'interlude_app' | 'interlude_relay',
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const open = this.scope.getStore();
    if (open && !open.ended) {
      // Global tables are reachable from a clinic's transaction too, so global work joins it.
      const joinable = open.role === role && (open.clinicId === clinicId || clinicId === null);
      if (!joinable) throw new Error('A transaction for another clinic is already open');
      return work(open.manager);
    }
    const afterCommit: Array<() => void> = [];
    let scope: Scope | undefined;
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL ROLE ${role}`);
        if (clinicId) await manager.query("SELECT set_config('app.clinic_id', $1, true)", [clinicId]);
        scope = { clinicId, role, manager, afterCommit, ended: false };
        return this.scope.run(scope, () => work(manager));
      });
      for (const fn of afterCommit) fn();
      return result;
    } finally {
      if (scope) scope.ended = true;
    }
  }
}
