// Users: creation, lookup with visibility rules, profile and password changes, the first administrator.
import { randomBytes } from 'node:crypto';
import { type Actor, type Caller, SYSTEM } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Principal } from '../../auth/principal.ts';
import { changesColumns, columnsOf, type RateLimitInput } from '../../auth/ratelimit/budget.ts';
import type { Db, Tx, UserRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { hashPassword, verifyPassword } from '../../lib/crypto/passwords.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { isUuid, slugify, uuidv7 } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { type Emit, suspensionEvents } from '../events/events.catalog.ts';
import { userChangeEntries } from './users.audit.ts';
import { checkPasswordStrength } from './users.passwords.ts';
import * as store from './users.store.ts';

export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

export interface UsersDeps {
  db: Db;
  /** Records each change in the transaction that makes it. */
  audit: AuditLog;
  clock: Clock;
  passwordCost: PasswordCost;
  /** Drops cached credentials of a user whose details or standing changed. */
  invalidate(match: Invalidation): void;
  /** Removes the role assignments to the user and at their personal projects (features/permissions). */
  dropRoleAssignments(tx: Tx, ids: string[]): Promise<number>;
  /** Queues events in the transaction of the change (features/events). */
  emit: Emit;
  /** Ends a user's sessions (all, or all but one) after a password change. */
  endSessions(userId: string, exceptSessionId?: string): Promise<void>;
}

/** An email as users are stored and found by: what one account is, wherever an email names it. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface NewUserInput {
  email: string;
  name: string;
  slug?: string;
  /** Absent: the user is invited to set one (features/users/users.links.ts), or signs in through an
   * identity provider (a user created at their first single sign-on); until then no password sign-in. */
  password?: string;
  admin?: boolean;
}

export interface UserPatch {
  name?: string;
  suspended?: boolean;
  /** The developer capability (may create apps); administrators only. */
  developer?: boolean;
  password?: string;
  currentPassword?: string;
  /** Administrators only; null restores the configured default. */
  rateLimit?: RateLimitInput | null;
}

export class UsersService {
  constructor(private readonly deps: UsersDeps) {}

  /** `actor`: the administrator creating the user, or SYSTEM for the first administrator. */
  async create(actor: Actor, input: NewUserInput): Promise<UserRow> {
    const { db, clock } = this.deps;
    const email = normalizeEmail(input.email);
    if (await store.findUserByEmail(db, email)) throw conflict(`A user with email ${email} already exists.`);
    const slug = input.slug ?? (await this.freeSlug(input.name, email));
    if (input.slug && (await store.slugTaken(db, input.slug)))
      throw conflict(`The slug "${input.slug}" is taken.`);
    // The first administrator's password is the operator's, from the environment; every other is checked.
    if (input.password !== undefined && actor !== SYSTEM)
      await checkPasswordStrength(input.password, [email, input.name, slug]);
    const now = clock.now();
    const row: UserRow = {
      id: uuidv7(now),
      email,
      name: input.name.trim(),
      slug,
      passwordHash:
        input.password === undefined ? null : await hashPassword(input.password, this.deps.passwordCost),
      role: input.admin ? 'admin' : 'user',
      suspendedAt: null,
      developerAt: null,
      rateLimitPerSecond: null,
      rateLimitBurst: null,
      createdAt: now,
      updatedAt: now,
    };
    await db.transaction().execute(async (tx) => {
      await store.insertUser(tx, row);
      await this.deps.audit.record(tx, actor, {
        action: 'user.created',
        target: { type: 'user', id: row.id },
        changes: { email: row.email, name: row.name, slug: row.slug, role: row.role },
      });
    });
    return row;
  }

  /** The user named by `ref` as `principal` may see them: themselves, or anyone for an administrator. */
  async visibleTo(principal: Principal, ref: string): Promise<UserRow> {
    const user = await store.findUserByRef(this.deps.db, ref);
    if (!user || (user.id !== principal.id && !principal.isAdmin)) throw notFound('User');
    return user;
  }

  findByRef(ref: string): Promise<UserRow | undefined> {
    return store.findUserByRef(this.deps.db, ref);
  }

  /** Many users named by UUID, slug or email at once: each ref that names a user, to that user. */
  async findByOwnerRefs(refs: string[]): Promise<Map<string, UserRow>> {
    const found = new Map<string, UserRow>();
    const byColumn = { id: [] as string[], slug: [] as string[], email: [] as string[] };
    for (const ref of refs) {
      if (isUuid(ref)) byColumn.id.push(ref.toLowerCase());
      else if (ref.includes('@')) byColumn.email.push(normalizeEmail(ref));
      else byColumn.slug.push(ref);
    }
    for (const column of ['id', 'slug', 'email'] as const) {
      const values = [...new Set(byColumn[column])];
      for (let i = 0; i < values.length; i += 1000) {
        for (const row of await store.findUsersIn(this.deps.db, column, values.slice(i, i + 1000)))
          found.set(row[column], row);
      }
    }
    const result = new Map<string, UserRow>();
    for (const ref of refs) {
      const key = isUuid(ref) ? ref.toLowerCase() : ref.includes('@') ? normalizeEmail(ref) : ref;
      const row = found.get(key);
      if (row) result.set(ref, row);
    }
    return result;
  }

  findById(id: string): Promise<UserRow | undefined> {
    return store.findUserById(this.deps.db, id);
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return store.findUserByEmail(this.deps.db, email);
  }

  list(page: PageRequest, filter: store.UserListFilter): Promise<{ rows: UserRow[]; total: number }> {
    return store.listUsers(this.deps.db, page, filter);
  }

  async update(caller: Caller, ref: string, patch: UserPatch): Promise<UserRow> {
    const principal = caller.principal;
    const user = await this.visibleTo(principal, ref);
    const changes: Partial<UserRow> = {};
    if (patch.name !== undefined) changes.name = patch.name.trim();
    if (patch.developer !== undefined && patch.developer !== (user.developerAt !== null)) {
      if (!principal.isAdmin)
        throw forbidden('Only an administrator can grant or remove the developer capability.');
      changes.developerAt = patch.developer ? this.deps.clock.now() : null;
    }
    if (patch.rateLimit !== undefined) {
      if (!principal.isAdmin) throw forbidden('Only an administrator can set a user’s rate limit.');
      if (changesColumns(user, patch.rateLimit)) Object.assign(changes, columnsOf(patch.rateLimit));
    }
    if (patch.password !== undefined) {
      await this.checkPasswordChange(principal, user, patch);
      // Existing passwords keep working; a new one is held to today's rule.
      await checkPasswordStrength(patch.password, [user.email, user.name, user.slug]);
      changes.passwordHash = await hashPassword(patch.password, this.deps.passwordCost);
    }
    if (patch.suspended !== undefined && patch.suspended !== (user.suspendedAt !== null)) {
      if (!principal.isAdmin) throw forbidden('Only an administrator can suspend or unsuspend a user.');
      changes.suspendedAt = patch.suspended ? this.deps.clock.now() : null;
    }
    if (Object.keys(changes).length === 0) return user;
    changes.updatedAt = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (tx) => {
      if (changes.suspendedAt) await keepAnAdministrator(tx, user, 'suspending');
      await store.updateUser(tx, user.id, changes);
      await this.deps.audit.record(tx, caller, ...userChangeEntries(user, changes));
      await this.deps.emit(tx, ...suspensionEvents(user, changes));
    });
    // Every cached credential of the user is dropped, on every instance: suspension has no grace period.
    this.deps.invalidate({ principalId: user.id });
    if (changes.suspendedAt) {
      await this.deps.endSessions(user.id);
    } else if (changes.passwordHash) {
      const keep = principal.id === user.id ? principal.credential.id : undefined;
      await this.deps.endSessions(user.id, keep);
    }
    return { ...user, ...changes };
  }

  private async checkPasswordChange(principal: Principal, user: UserRow, patch: UserPatch): Promise<void> {
    if (principal.credential.kind !== 'session') {
      throw forbidden('A password can only be changed from a signed-in session, not with an API key.');
    }
    if (principal.id !== user.id) return; // an administrator resetting someone else's password
    if (
      !patch.currentPassword ||
      !user.passwordHash ||
      !(await verifyPassword(patch.currentPassword, user.passwordHash))
    ) {
      throw invalid('current_password: give your current password to set a new one.');
    }
  }

  async remove(caller: Caller, ref: string): Promise<void> {
    const user = await this.visibleTo(caller.principal, ref);
    if (user.id === caller.principal.id) throw forbidden('You cannot delete your own account.');
    await this.deps.db.transaction().execute(async (tx) => {
      await keepAnAdministrator(tx, user, 'deleting');
      const roleAssignments = await this.deps.dropRoleAssignments(tx, [user.id]);
      await store.deleteUser(tx, user.id);
      await this.deps.audit.record(tx, caller, {
        action: 'user.deleted',
        target: { type: 'user', id: user.id },
        changes: {
          email: user.email,
          slug: user.slug,
          ...(roleAssignments > 0 ? { role_assignments: roleAssignments } : {}),
        },
      });
    });
    // Their personal projects, memberships and grants went with them: the access check forgets too.
    this.deps.invalidate({ principalId: user.id, access: true });
  }

  /**
   * Sets a user's password without the old one, from the server's own machine (`latchkey admin reset-password`),
   * and ends every session they had: the way back in for a lost administrator. Audited as `actor`.
   */
  async resetPassword(actor: Actor, email: string, password: string): Promise<UserRow> {
    const user = await store.findUserByEmail(this.deps.db, email.trim().toLowerCase());
    if (!user) throw notFound('User');
    await checkPasswordStrength(password, [user.email, user.name, user.slug]);
    const changes: Partial<UserRow> = {
      passwordHash: await hashPassword(password, this.deps.passwordCost),
      updatedAt: this.deps.clock.now(),
    };
    await this.deps.db.transaction().execute(async (tx) => {
      await store.updateUser(tx, user.id, changes);
      await this.deps.audit.record(tx, actor, ...userChangeEntries(user, changes));
    });
    this.deps.invalidate({ principalId: user.id });
    await this.deps.endSessions(user.id);
    return { ...user, ...changes };
  }

  /** On a database with no users, creates the administrator; returns the password when it was generated. */
  async bootstrapAdmin(
    email: string | undefined,
    password: string | undefined,
  ): Promise<{ user: UserRow; generatedPassword?: string } | undefined> {
    if ((await store.countUsers(this.deps.db)) > 0) return undefined;
    const generatedPassword = password ? undefined : randomBytes(18).toString('base64url');
    const user = await this.create(SYSTEM, {
      email: email ?? 'admin@localhost',
      name: 'Administrator',
      slug: 'admin',
      password: password ?? generatedPassword ?? '',
      admin: true,
    }).catch(async (err: unknown) => {
      // Instances started together on one new database: the first to insert makes the administrator.
      if ((await store.countUsers(this.deps.db)) > 0) return undefined;
      throw err;
    });
    return user && { user, generatedPassword };
  }

  private async freeSlug(name: string, email: string): Promise<string> {
    const base = slugify(name) || slugify(email.split('@')[0] ?? '') || 'user';
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await store.slugTaken(this.deps.db, candidate))) return candidate;
    }
  }
}

/** Refuses to suspend or delete the last active administrator; checked under lock, in the change's transaction. */
async function keepAnAdministrator(tx: Tx, user: UserRow, doing: 'suspending' | 'deleting'): Promise<void> {
  if (user.role !== 'admin') return;
  const active = await store.lockActiveAdmins(tx);
  if (active.includes(user.id) && active.length <= 1) {
    throw conflict(
      `This is the last active administrator; make another administrator before ${doing} this one.`,
    );
  }
}
