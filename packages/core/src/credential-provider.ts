// Credential providers: asynchronous sources of credentials, chained in a vendor's order, cached and refreshed before they expire.
import { CredentialsError } from './errors.js';
import { isSendableCredential } from './option-checks.js';

/** Credentials as a source answers them: temporary ones say when they expire. */
export type Expiring<Credentials> = Credentials & {
  /** When temporary credentials stop working; a cached provider asks its source again before then. */
  expiration?: Date;
};

/**
 * Answers the credentials to sign the next attempt with; the clients ask before every attempt, so
 * a provider should cache. `current`, where a provider has it, answers at once (no promise) the
 * credentials it would answer now, or undefined when it must fetch: a client's steady state then
 * costs no await for them.
 */
export type CredentialProvider<Credentials> = (() => Promise<Expiring<Credentials>>) & { current?: () => Expiring<Credentials> | undefined };

/** The provider's credentials: at once where it has them fresh, else fetched. */
export function credentialsOf<Credentials>(provider: CredentialProvider<Credentials>): Expiring<Credentials> | Promise<Expiring<Credentials>> {
  return provider.current?.() ?? provider();
}

/**
 * One place credentials may come from (the environment, a file, instance metadata): it answers
 * `undefined` when it is not set up at all, so that a chain asks the next one, and throws a
 * CredentialsError when it is set up but cannot answer (a broken file, a metadata error).
 */
export interface CredentialSource<Credentials> {
  /** Where it looks, for the error that says none answered: `environment (HUAWEICLOUD_SDK_AK, ...)`. */
  readonly description: string;
  load(): Promise<Expiring<Credentials> | undefined>;
}

/** How long before expiry cached credentials are fetched again (the official SDKs use 3 to 15 minutes). */
export const DEFAULT_REFRESH_BEFORE_MS = 5 * 60_000;

export interface CachingOptions {
  /** Fetch again this long before `expiration` (default 5 minutes). */
  refreshBeforeMs?: number;
  /** The clock, for tests (default Date.now). */
  now?: () => number;
}

/**
 * A provider answering from the first source of `sources`, in order, that has credentials, as the
 * vendors' own chains do: a source that is not set up or fails is passed over, and when none
 * answers, a CredentialsError says what each one said. The source that answered is remembered:
 * refreshes ask it alone. What it answers is kept until `refreshBeforeMs` before it expires
 * (forever without `expiration`), and callers at the same time share one fetch. When a refresh
 * fails while the credentials it replaces are still valid, those are used and the next call
 * tries again; expired credentials are never answered.
 */
export function credentialChain<Credentials>(sources: readonly CredentialSource<Credentials>[], options: CachingOptions = {}): CredentialProvider<Credentials> {
  const refreshBeforeMs = options.refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS;
  const now = options.now ?? Date.now;
  let chosen: CredentialSource<Credentials> | undefined;
  let cached: Expiring<Credentials> | undefined;
  let pending: Promise<Expiring<Credentials>> | undefined;

  const fetchFresh = async (): Promise<Expiring<Credentials>> => {
    if (chosen) {
      const again = await chosen.load();
      if (again) return again;
      throw new CredentialsError(`${chosen.description} no longer has credentials.`);
    }
    const said: string[] = [];
    for (const source of sources) {
      try {
        const found = await source.load();
        if (found) {
          chosen = source;
          return found;
        }
        said.push(`${source.description}: not set up`);
      } catch (error) {
        if (!(error instanceof CredentialsError)) throw error;
        said.push(`${source.description}: ${error.message}`);
      }
    }
    throw new CredentialsError(`No credentials found. ${said.join('; ')}.`);
  };

  const current = () => (cached && !expiresWithin(cached, refreshBeforeMs, now()) ? cached : undefined);
  const provider = async () => {
    if (cached && !expiresWithin(cached, refreshBeforeMs, now())) return cached;
    pending ??= fetchFresh().finally(() => {
      pending = undefined;
    });
    try {
      const fresh = await pending;
      if (expiresWithin(fresh, 0, now())) throw new CredentialsError('The credentials answered have already expired; none were used.');
      cached = fresh;
      return fresh;
    } catch (error) {
      // A failed refresh may still use credentials that have not expired yet.
      if (cached && !expiresWithin(cached, 0, now())) return cached;
      throw error;
    }
  };
  return Object.assign(provider, { current });
}

function expiresWithin(credentials: Expiring<unknown>, marginMs: number, now: number): boolean {
  return credentials.expiration !== undefined && credentials.expiration.getTime() - marginMs <= now;
}

/** A provider of fixed credentials, checked once. */
export function staticCredentials<Credentials>(credentials: Expiring<Credentials>): CredentialProvider<Credentials> {
  const answer = Promise.resolve(credentials);
  return Object.assign(() => answer, { current: () => credentials });
}

/**
 * The fields of credentials, checked as they will be sent: each value is a string of visible
 * ASCII (it goes out in a header, and one that cannot would fail every call), the required ones
 * present. `where` names the source in the error, which never quotes a value.
 */
export function checkedCredentials<Key extends string>(fields: Partial<Record<Key, unknown>>, required: readonly Key[], where: (key: Key) => string): Partial<Record<Key, string>> {
  const checked: Partial<Record<Key, string>> = {};
  for (const [key, value] of Object.entries(fields) as [Key, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || !isSendableCredential(value)) {
      throw new CredentialsError(
        `${where(key)} must be visible ASCII characters only: it has a control character (a trailing newline from a key file, a CR from a CRLF .env), a space or a character beyond ASCII.`,
      );
    }
    checked[key] = value;
  }
  const missing = required.filter((key) => checked[key] === undefined);
  if (missing.length > 0) throw new CredentialsError(`Missing credential ${missing.map(where).join(', ')}.`);
  return checked;
}

/** An expiry time as the vendors write it (ISO 8601, `2026-12-05T12:00:00Z`), or a CredentialsError naming `where`. */
export function expirationOf(value: unknown, where: string): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new CredentialsError(`${where} answered no readable expiration time.`);
  return date;
}
