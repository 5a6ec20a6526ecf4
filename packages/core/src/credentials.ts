// Credentials from the options or, as the official SDKs do, from the environment; a missing one fails at creation.
import { CredentialsError } from './errors.js';
import { isSendableCredential } from './option-checks.js';

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

type Environment = Record<string, string | undefined>;

/** The process environment where there is one (Node, Bun, Deno with --allow-env), else nothing. */
function processEnvironment(): Environment {
  return (globalThis as { process?: { env?: Environment } }).process?.env ?? {};
}

/** Names of the environment variables the official SDKs read. */
const HUAWEI_ENV = { accessKeyId: 'HUAWEICLOUD_SDK_AK', secretAccessKey: 'HUAWEICLOUD_SDK_SK', projectId: 'HUAWEICLOUD_SDK_PROJECT_ID', securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN' } as const;
const ALIBABA_ENV = { accessKeyId: 'ALIBABA_CLOUD_ACCESS_KEY_ID', secretAccessKey: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', securityToken: 'ALIBABA_CLOUD_SECURITY_TOKEN' } as const;

function resolve<Names extends Record<string, string>>(given: Partial<Record<keyof Names, string>> | undefined, names: Names, required: (keyof Names)[], env: Environment) {
  const resolved: Partial<Record<keyof Names, string>> = {};
  for (const key of Object.keys(names) as (keyof Names)[]) {
    const value: unknown = given ? given[key] : env[names[key]];
    if (value === undefined || value === '') continue;
    // Each value goes out in a header: one that cannot would fail every call, so it fails here, unquoted.
    if (typeof value !== 'string' || !isSendableCredential(value)) {
      const where = given ? `options.credentials.${String(key)}` : `The environment variable ${names[key]}`;
      throw new CredentialsError(`${where} must be visible ASCII characters only: it has a control character (a trailing newline from a key file, a CR from a CRLF .env), a space or a character beyond ASCII.`);
    }
    resolved[key] = value;
  }
  const missing = required.filter((key) => !resolved[key]);
  if (missing.length > 0) {
    const where = given ? 'in options.credentials' : `in options.credentials or the environment (${missing.map((key) => names[key]).join(', ')})`;
    throw new CredentialsError(`Missing credential ${missing.map(String).join(', ')}: set it ${where}.`);
  }
  return resolved;
}

export function resolveHuaweiCloudCredentials(given?: Partial<HuaweiCloudCredentials>, env: Environment = processEnvironment()): HuaweiCloudCredentials {
  return resolve(given, HUAWEI_ENV, ['accessKeyId', 'secretAccessKey', 'projectId'], env) as HuaweiCloudCredentials;
}

export function resolveAlibabaCloudCredentials(given?: Partial<AlibabaCloudCredentials>, env: Environment = processEnvironment()): AlibabaCloudCredentials {
  return resolve(given, ALIBABA_ENV, ['accessKeyId', 'secretAccessKey'], env) as AlibabaCloudCredentials;
}
