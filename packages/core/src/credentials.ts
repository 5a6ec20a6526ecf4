// The credentials a client signs with: what each vendor needs, and how the `credentials` option becomes a provider (an object checked when the client is made, a provider, or the vendor's chain).
import { checkedCredentials, type CredentialProvider, type Expiring, staticCredentials } from './credential-provider.js';
import { InvalidOptionError } from './errors.js';

export interface HuaweiCloudCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** The project the requests act in; sent as X-Project-Id and signed. */
  projectId: string;
  /** Set with temporary credentials. */
  securityToken?: string;
}

export interface AlibabaCloudCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Set with STS credentials. */
  securityToken?: string;
}

/** The fields each vendor's requests cannot be signed without. */
export const HUAWEI_REQUIRED_CREDENTIALS = ['accessKeyId', 'secretAccessKey', 'projectId'] as const;
export const ALIBABA_REQUIRED_CREDENTIALS = ['accessKeyId', 'secretAccessKey'] as const;

/** What `credentials` may be: fixed credentials, or a provider asked before every attempt (it should cache). */
export type CredentialsOption<Credentials> = Credentials | CredentialProvider<Credentials>;

/** A client's provider: fixed credentials checked now, the caller's provider as it is, or, without either, the vendor's `chain`. */
export function credentialsProvider<Credentials>(given: CredentialsOption<Credentials> | undefined, required: readonly (keyof Credentials & string)[], chain: () => CredentialProvider<Credentials>): CredentialProvider<Credentials> {
  if (given === undefined) return chain();
  if (typeof given === 'function') return given as CredentialProvider<Credentials>;
  if (given === null || typeof given !== 'object') throw new InvalidOptionError('credentials', 'must be an object of credentials or a function that provides them');
  // Fixed credentials fail when the client is made, not as a 401 later.
  const known = [...required, 'securityToken'];
  const fields = Object.fromEntries(known.map((key) => [key, (given as Record<string, unknown>)[key]])) as Partial<Record<keyof Credentials & string, unknown>>;
  const checked = checkedCredentials(fields, required, (key) => `options.credentials.${key}`);
  return staticCredentials(checked as Expiring<Credentials>);
}
