// Alibaba Cloud credentials from where its official credentials library finds them, in its order: environment, OIDC role, CLI profile, credentials file, ECS RAM role, credentials URI.
import { ALIBABA_REQUIRED_CREDENTIALS, type AlibabaCloudCredentials } from './credentials.js';
import { type CachingOptions, type CredentialProvider, type CredentialSource, checkedCredentials, credentialChain, type Expiring, expirationOf } from './credential-provider.js';
import { percentEncode } from './crypto.js';
import { CredentialsError } from './errors.js';
import { nodeCrypto, processEnvironment } from './node-builtins.js';
import { type ProxySettings, proxySettingsOf } from './proxy.js';

// Each source imports the file readers and requests it uses when it loads: a client given credentials never needs them.

type Environment = Record<string, string | undefined>;

export interface AlibabaCloudCredentialOptions extends CachingOptions {
  /** The environment variables to read (default `process.env`). */
  env?: Environment;
  /** The home folder holding `.aliyun/config.json` and `.alibabacloud/credentials` (default the user's). */
  home?: string;
  /** ECS instance metadata (default `http://100.100.100.200`). */
  ecsMetadataEndpoint?: string;
  /** STS for the OIDC role (default `https://sts.aliyuncs.com`, or the region's from ALIBABA_CLOUD_STS_REGION). */
  stsEndpoint?: string;
}

/** How each source's answer is named in errors, and the variables the official library reads. */
const ENV = {
  accessKeyId: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  secretAccessKey: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  securityToken: 'ALIBABA_CLOUD_SECURITY_TOKEN',
} as const;

/** The ECS RAM role's and OIDC role's answers are temporary credentials (STS), with all three parts. */
const TEMPORARY = ['accessKeyId', 'secretAccessKey', 'securityToken'] as const;

const METADATA_TIMEOUT_MS = 1000;
const STS_TIMEOUT_MS = 10_000;
/** The hardened metadata token lives 6 hours, as the official library asks. */
const METADATA_TOKEN_TTL_SECONDS = '21600';

/**
 * The default credentials of an Alibaba Cloud client, in the official credentials library's
 * order; each source also stands alone below. Cached; temporary credentials are fetched again
 * 5 minutes before they expire.
 */
export function alibabaCloudCredentialChain(options: AlibabaCloudCredentialOptions = {}): CredentialProvider<AlibabaCloudCredentials> {
  const env = options.env ?? processEnvironment();
  const sources: CredentialSource<AlibabaCloudCredentials>[] = [alibabaEnvironmentCredentials(env), alibabaOidcRoleCredentials({ ...options, env })];
  if (!isTrue(env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED)) sources.push(alibabaCliProfileCredentials({ ...options, env }));
  sources.push(alibabaCredentialsFile({ ...options, env }));
  if (!isTrue(env.ALIBABA_CLOUD_ECS_METADATA_DISABLED)) sources.push(alibabaEcsRamRoleCredentials({ ...options, env }));
  sources.push(alibabaCredentialsUri({ env }));
  return credentialChain(sources, options);
}

/** ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS credentials, ALIBABA_CLOUD_SECURITY_TOKEN. */
export function alibabaEnvironmentCredentials(env: Environment = processEnvironment()): CredentialSource<AlibabaCloudCredentials> {
  return {
    description: `environment (${ENV.accessKeyId}, ${ENV.secretAccessKey})`,
    load: async () => {
      if (!env[ENV.accessKeyId] && !env[ENV.secretAccessKey]) return undefined;
      const fields = { accessKeyId: env[ENV.accessKeyId], secretAccessKey: env[ENV.secretAccessKey], securityToken: env[ENV.securityToken] };
      return accessKeyOf(fields, (key) => `the environment variable ${ENV[key]}`);
    },
  };
}

/**
 * An OIDC role (RRSA, as on ACK): the token in ALIBABA_CLOUD_OIDC_TOKEN_FILE, read afresh each
 * time, exchanged at STS (AssumeRoleWithOIDC, which is not signed) for temporary credentials of
 * ALIBABA_CLOUD_ROLE_ARN through ALIBABA_CLOUD_OIDC_PROVIDER_ARN.
 */
export function alibabaOidcRoleCredentials(options: AlibabaCloudCredentialOptions & { roleArn?: string; providerArn?: string; tokenFile?: string } = {}): CredentialSource<AlibabaCloudCredentials> {
  const env = options.env ?? processEnvironment();
  const roleArn = options.roleArn ?? env.ALIBABA_CLOUD_ROLE_ARN;
  const providerArn = options.providerArn ?? env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN;
  const tokenFile = options.tokenFile ?? env.ALIBABA_CLOUD_OIDC_TOKEN_FILE;
  return {
    description: 'OIDC role (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE)',
    load: async () => {
      if (!roleArn || !providerArn || !tokenFile) return undefined;
      const { readOptionalFile } = await import('./credential-files.js');
      const token = await readOptionalFile(tokenFile);
      if (token === undefined) throw new CredentialsError(`the OIDC token file ${tokenFile} does not exist`);
      return assumeRoleWithOidc(stsEndpointOf(options, env), { roleArn, providerArn, token: token.trim(), sessionName: env.ALIBABA_CLOUD_ROLE_SESSION_NAME }, proxySettingsOf(env));
    },
  };
}

/**
 * The profile of the Alibaba Cloud CLI's `~/.aliyun/config.json`: ALIBABA_CLOUD_PROFILE, else the
 * file's `current`. Modes AK, StsToken, EcsRamRole, RamRoleArn, ChainableRamRoleArn and OIDC are
 * read; the interactive ones (CloudSSO, OAuth, External) are refused by name.
 */
export function alibabaCliProfileCredentials(options: AlibabaCloudCredentialOptions & { profile?: string } = {}): CredentialSource<AlibabaCloudCredentials> {
  const env = options.env ?? processEnvironment();
  return {
    description: 'Alibaba Cloud CLI profile (~/.aliyun/config.json)',
    load: async () => {
      const { parseJsonObject, readToolFile } = await import('./credential-files.js');
      const file = await readToolFile(undefined, options.home, '.aliyun/config.json');
      if (!file) return undefined;
      const { path, text } = file;
      const config = parseJsonObject(text, path);
      const name = options.profile ?? env.ALIBABA_CLOUD_PROFILE ?? config.current;
      const profiles = Array.isArray(config.profiles) ? (config.profiles as Record<string, unknown>[]) : [];
      const profile = profiles.find((candidate) => candidate?.name === name);
      if (!profile) throw new CredentialsError(`${path} has no profile ${JSON.stringify(String(name))}`);
      const where = (key: string) => `${key} of profile ${String(name)} in ${path}`;
      switch (profile.mode) {
        case 'AK':
          return accessKeyOf({ accessKeyId: profile.access_key_id, secretAccessKey: profile.access_key_secret }, (key) => where(SNAKE[key]));
        case 'StsToken':
          return checkedCredentials({ accessKeyId: profile.access_key_id, secretAccessKey: profile.access_key_secret, securityToken: profile.sts_token }, TEMPORARY, (key) => where(SNAKE[key])) as AlibabaCloudCredentials;
        case 'EcsRamRole':
          return ecsRamRole(options, env, stringOf(profile.ram_role_name));
        case 'RamRoleArn':
        case 'ChainableRamRoleArn': {
          const source =
            profile.mode === 'RamRoleArn'
              ? async () =>
                  accessKeyOf({ accessKeyId: profile.access_key_id, secretAccessKey: profile.access_key_secret, securityToken: profile.sts_token }, (key) => where(SNAKE[key]))
              : async () => {
                  const from = stringOf(profile.source_profile);
                  if (!from || from === name) throw new CredentialsError(`profile ${String(name)} in ${path} names no other source_profile`);
                  const found = await alibabaCliProfileCredentials({ ...options, env, profile: from }).load();
                  if (!found) throw new CredentialsError(`the source_profile ${from} of profile ${String(name)} has no credentials`);
                  return found;
                };
          const roleArn = stringOf(profile.ram_role_arn);
          if (!roleArn) throw new CredentialsError(`profile ${String(name)} in ${path} has no ram_role_arn`);
          const region = stringOf(profile.sts_region);
          const stsEndpoint = options.stsEndpoint ?? (region ? `https://sts${profile.enable_vpc === true ? '-vpc' : ''}.${region}.aliyuncs.com` : undefined);
          return alibabaRamRoleArnCredentials({
            ...options,
            env,
            stsEndpoint,
            source,
            roleArn,
            roleSessionName: stringOf(profile.ram_session_name),
            durationSeconds: typeof profile.expired_seconds === 'number' ? profile.expired_seconds : undefined,
            policy: stringOf(profile.policy),
            externalId: stringOf(profile.external_id),
          }).load();
        }
        case 'OIDC': {
          const source = alibabaOidcRoleCredentials({ ...options, env, roleArn: stringOf(profile.ram_role_arn), providerArn: stringOf(profile.oidc_provider_arn), tokenFile: stringOf(profile.oidc_token_file) });
          const found = await source.load();
          if (!found) throw new CredentialsError(`profile ${String(name)} in ${path} lacks ram_role_arn, oidc_provider_arn or oidc_token_file`);
          return found;
        }
        default:
          throw new CredentialsError(`profile ${String(name)} in ${path} has mode ${JSON.stringify(String(profile.mode))}, which these clients do not read (AK, StsToken, EcsRamRole, RamRoleArn, ChainableRamRoleArn, OIDC)`);
      }
    },
  };
}

/** The shared credentials file `~/.alibabacloud/credentials` (or ALIBABA_CLOUD_CREDENTIALS_FILE), section ALIBABA_CLOUD_PROFILE or `default`: types access_key, ecs_ram_role and ram_role_arn. */
export function alibabaCredentialsFile(options: AlibabaCloudCredentialOptions & { profile?: string } = {}): CredentialSource<AlibabaCloudCredentials> {
  const env = options.env ?? processEnvironment();
  return {
    description: 'Alibaba Cloud credentials file (~/.alibabacloud/credentials)',
    load: async () => {
      const { parseIni, readToolFile } = await import('./credential-files.js');
      const file = await readToolFile(env.ALIBABA_CLOUD_CREDENTIALS_FILE, options.home, '.alibabacloud/credentials');
      if (!file) return undefined;
      const { path, text } = file;
      const name = options.profile ?? env.ALIBABA_CLOUD_PROFILE ?? 'default';
      const section = parseIni(text).get(name);
      if (!section) throw new CredentialsError(`${path} has no section [${name}]`);
      const where = (key: string) => `${key} of [${name}] in ${path}`;
      switch (section.type) {
        case 'access_key':
          return accessKeyOf({ accessKeyId: section.access_key_id, secretAccessKey: section.access_key_secret }, (key) => where(SNAKE[key]));
        case 'ecs_ram_role':
          return ecsRamRole(options, env, section.role_name);
        case 'ram_role_arn': {
          const source = async () =>
            accessKeyOf({ accessKeyId: section.access_key_id, secretAccessKey: section.access_key_secret }, (key) => where(SNAKE[key]));
          if (!section.role_arn) throw new CredentialsError(`[${name}] in ${path} has no role_arn`);
          return alibabaRamRoleArnCredentials({ ...options, env, source, roleArn: section.role_arn, roleSessionName: section.role_session_name, policy: section.policy }).load();
        }
        default:
          throw new CredentialsError(`[${name}] in ${path} has type ${JSON.stringify(String(section.type))}, which these clients do not read (access_key, ecs_ram_role, ram_role_arn)`);
      }
    },
  };
}

/**
 * The RAM role of the ECS instance, from its metadata service with the hardened (v2) token, or
 * without it when the token cannot be had and ALIBABA_CLOUD_IMDSV1_DISABLED is not `true`. The
 * role is ALIBABA_CLOUD_ECS_METADATA, else the one the instance has.
 */
export function alibabaEcsRamRoleCredentials(options: AlibabaCloudCredentialOptions & { roleName?: string } = {}): CredentialSource<AlibabaCloudCredentials> {
  const env = options.env ?? processEnvironment();
  return {
    description: `ECS RAM role (instance metadata at ${options.ecsMetadataEndpoint ?? DEFAULT_ECS_METADATA})`,
    load: () => ecsRamRole(options, env, options.roleName),
  };
}

/** The credentials ALIBABA_CLOUD_CREDENTIALS_URI answers: JSON with AccessKeyId, AccessKeySecret, SecurityToken and Expiration. */
export function alibabaCredentialsUri(options: { env?: Environment; uri?: string } = {}): CredentialSource<AlibabaCloudCredentials> {
  const env = options.env ?? processEnvironment();
  return {
    description: 'credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)',
    load: async () => {
      const uri = options.uri ?? env.ALIBABA_CLOUD_CREDENTIALS_URI;
      if (!uri) return undefined;
      const { credentialJson } = await import('./credential-requests.js');
      const answer = await credentialJson(uri, { timeoutMs: STS_TIMEOUT_MS, proxies: proxySettingsOf(env) }, 'the credentials URI');
      return temporaryCredentials(answer, 'the credentials URI');
    },
  };
}

export interface RamRoleArnOptions {
  env?: Environment;
  /** The credentials that assume the role, asked before each assumption. */
  source: () => Promise<AlibabaCloudCredentials>;
  /** `acs:ram::<account>:role/<name>`. */
  roleArn: string;
  roleSessionName?: string;
  /** 900 to the role's maximum (default 3600). */
  durationSeconds?: number;
  policy?: string;
  externalId?: string;
  /** STS (default `https://sts.aliyuncs.com`, or the region's from ALIBABA_CLOUD_STS_REGION). */
  stsEndpoint?: string;
}

/**
 * Temporary credentials of a RAM role, assumed at STS (AssumeRole) with `source`'s credentials,
 * the request signed as the official library signs RPC calls (signature v1, HMAC-SHA1).
 */
export function alibabaRamRoleArnCredentials(options: RamRoleArnOptions): CredentialSource<AlibabaCloudCredentials> {
  const env = options.env ?? processEnvironment();
  return {
    description: `RAM role ${options.roleArn} (AssumeRole)`,
    load: async () => {
      const { credentialJson } = await import('./credential-requests.js');
      const by = await options.source();
      const query: Record<string, string> = {
        Action: 'AssumeRole',
        Format: 'JSON',
        Version: '2015-04-01',
        Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        SignatureMethod: 'HMAC-SHA1',
        SignatureVersion: '1.0',
        SignatureNonce: globalThis.crypto.randomUUID(),
        AccessKeyId: by.accessKeyId,
        ...(by.securityToken ? { SecurityToken: by.securityToken } : {}),
      };
      const form: Record<string, string> = {
        RoleArn: options.roleArn,
        RoleSessionName: options.roleSessionName || `cloudmq-${Date.now()}`,
        DurationSeconds: String(options.durationSeconds ?? 3600),
        ...(options.policy ? { Policy: options.policy } : {}),
        ...(options.externalId ? { ExternalId: options.externalId } : {}),
      };
      const signature = rpcSignature('POST', { ...query, ...form }, by.secretAccessKey);
      const answer = await credentialJson(
        `${stsEndpointOf(options, env).replace(/\/$/, '')}/?${new URLSearchParams({ ...query, Signature: signature })}`,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString(), timeoutMs: STS_TIMEOUT_MS, proxies: proxySettingsOf(env) },
        'STS (AssumeRole)',
      );
      const credentials = answer.Credentials;
      if (credentials === null || typeof credentials !== 'object') throw new CredentialsError('STS (AssumeRole) answered no Credentials');
      return temporaryCredentials(credentials as Record<string, unknown>, 'STS (AssumeRole)');
    },
  };
}

/**
 * The signature of an Alibaba Cloud RPC request (signature v1): HMAC-SHA1, keyed by the secret and
 * `&`, of `METHOD&%2F&` and the percent-encoded, sorted parameters; base64.
 */
export function rpcSignature(method: string, parameters: Record<string, string>, secret: string): string {
  const crypto = nodeCrypto();
  if (!crypto) throw new CredentialsError('assuming a RAM role needs Node.js (HMAC-SHA1 from node:crypto)');
  const canonical = Object.keys(parameters)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(parameters[key])}`)
    .join('&');
  return crypto.createHmac('sha1', `${secret}&`).update(`${method}&${percentEncode('/')}&${percentEncode(canonical)}`).digest('base64');
}

const DEFAULT_ECS_METADATA = 'http://100.100.100.200';
const SNAKE = { accessKeyId: 'access_key_id', secretAccessKey: 'access_key_secret', securityToken: 'sts_token' } as const;

async function ecsRamRole(options: AlibabaCloudCredentialOptions, env: Environment, roleName: string | undefined): Promise<Expiring<AlibabaCloudCredentials>> {
  const { credentialJson, credentialRequest } = await import('./credential-requests.js');
  const base = (options.ecsMetadataEndpoint ?? DEFAULT_ECS_METADATA).replace(/\/$/, '');
  const v1Allowed = !isTrue(env.ALIBABA_CLOUD_IMDSV1_DISABLED);
  // A token per request, as the official library asks: each lives 6 hours but costs one round trip on a link of microseconds.
  const tokenHeaders = async (): Promise<Record<string, string>> => {
    try {
      const { status, text } = await credentialRequest(`${base}/latest/api/token`, { method: 'PUT', headers: { 'x-aliyun-ecs-metadata-token-ttl-seconds': METADATA_TOKEN_TTL_SECONDS }, timeoutMs: METADATA_TIMEOUT_MS }, 'the ECS metadata token');
      if (status === 200 && text !== '') return { 'x-aliyun-ecs-metadata-token': text };
      if (v1Allowed) return {};
      throw new CredentialsError(`the ECS metadata token request answered HTTP ${status}, and ALIBABA_CLOUD_IMDSV1_DISABLED forbids going on without it`);
    } catch (error) {
      if (v1Allowed && error instanceof CredentialsError && !error.message.includes('IMDSV1')) return {};
      throw error;
    }
  };
  let role = roleName || env.ALIBABA_CLOUD_ECS_METADATA;
  if (!role) {
    const { status, text } = await credentialRequest(`${base}/latest/meta-data/ram/security-credentials/`, { headers: await tokenHeaders(), timeoutMs: METADATA_TIMEOUT_MS }, 'the ECS metadata service');
    if (status !== 200 || text.trim() === '') throw new CredentialsError(`the ECS metadata service named no RAM role (HTTP ${status})`);
    role = text.trim();
  }
  const answer = await credentialJson(`${base}/latest/meta-data/ram/security-credentials/${encodeURIComponent(role)}`, { headers: await tokenHeaders(), timeoutMs: METADATA_TIMEOUT_MS }, 'the ECS metadata service');
  if (answer.Code !== 'Success') throw new CredentialsError(`the ECS metadata service answered Code ${JSON.stringify(String(answer.Code))} for the RAM role`);
  return temporaryCredentials(answer, 'the ECS metadata service');
}

async function assumeRoleWithOidc(endpoint: string, request: { roleArn: string; providerArn: string; token: string; sessionName?: string }, proxies: ProxySettings): Promise<Expiring<AlibabaCloudCredentials>> {
  const { credentialJson } = await import('./credential-requests.js');
  const query = new URLSearchParams({ Action: 'AssumeRoleWithOIDC', Format: 'JSON', Version: '2015-04-01', Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') });
  const form = new URLSearchParams({
    OIDCProviderArn: request.providerArn,
    OIDCToken: request.token,
    RoleArn: request.roleArn,
    RoleSessionName: request.sessionName || `cloudmq-${Date.now()}`,
    DurationSeconds: '3600',
  });
  const answer = await credentialJson(
    `${endpoint.replace(/\/$/, '')}/?${query}`,
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString(), timeoutMs: STS_TIMEOUT_MS, proxies },
    'STS (AssumeRoleWithOIDC)',
  );
  const credentials = answer.Credentials;
  if (credentials === null || typeof credentials !== 'object') throw new CredentialsError('STS (AssumeRoleWithOIDC) answered no Credentials');
  return temporaryCredentials(credentials as Record<string, unknown>, 'STS (AssumeRoleWithOIDC)');
}

/** An access key (and, with STS keys, a security token) read from `fields`, checked; `where` names a field's source in errors. */
function accessKeyOf(fields: Partial<Record<keyof typeof SNAKE, unknown>>, where: (key: keyof typeof SNAKE) => string): AlibabaCloudCredentials {
  return checkedCredentials(fields, ALIBABA_REQUIRED_CREDENTIALS, where) as AlibabaCloudCredentials;
}

/** STS-style credentials (AccessKeyId, AccessKeySecret, SecurityToken, Expiration) as this package names them. */
function temporaryCredentials(answer: Record<string, unknown>, where: string): Expiring<AlibabaCloudCredentials> {
  const names = { accessKeyId: 'AccessKeyId', secretAccessKey: 'AccessKeySecret', securityToken: 'SecurityToken' } as const;
  const fields = checkedCredentials({ accessKeyId: answer.AccessKeyId, secretAccessKey: answer.AccessKeySecret, securityToken: answer.SecurityToken }, TEMPORARY, (key) => `${names[key]} from ${where}`);
  return { ...(fields as AlibabaCloudCredentials), expiration: expirationOf(answer.Expiration, where) };
}

function stsEndpointOf(options: { stsEndpoint?: string }, env: Environment): string {
  if (options.stsEndpoint) return options.stsEndpoint;
  const region = env.ALIBABA_CLOUD_STS_REGION;
  if (!region) return 'https://sts.aliyuncs.com';
  return `https://sts${isTrue(env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED) ? '-vpc' : ''}.${region}.aliyuncs.com`;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isTrue(value: string | undefined): boolean {
  return value?.toLowerCase() === 'true';
}
