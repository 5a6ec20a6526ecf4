// Huawei Cloud credentials from where its SDKs and tools find them, in the SDKs' order: environment, SDK credentials file, the CLI's and Terraform's shared configuration, ECS instance metadata.
import { HUAWEI_REQUIRED_CREDENTIALS, type HuaweiCloudCredentials } from './credentials.js';
import { type CachingOptions, type CredentialProvider, type CredentialSource, checkedCredentials, credentialChain, type Expiring, expirationOf } from './credential-provider.js';
import { CredentialsError } from './errors.js';
import { processEnvironment } from './node-builtins.js';

// Each source imports the file readers and requests it uses when it loads: a client given credentials never needs them.

type Environment = Record<string, string | undefined>;

export interface HuaweiCloudCredentialOptions extends CachingOptions {
  /** The environment variables to read (default `process.env`). */
  env?: Environment;
  /** The home folder holding `.huaweicloud/credentials` and `.hcloud/config.json` (default the user's). */
  home?: string;
  /** ECS instance metadata (default `http://169.254.169.254`). */
  ecsMetadataEndpoint?: string;
}

/** The variables the official SDKs read. */
const ENV = {
  accessKeyId: 'HUAWEICLOUD_SDK_AK',
  secretAccessKey: 'HUAWEICLOUD_SDK_SK',
  projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
  securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
} as const;

const DEFAULT_ECS_METADATA = 'http://169.254.169.254';
/** The SDKs give the metadata service 3 s. */
const METADATA_TIMEOUT_MS = 3000;
const METADATA_TOKEN_TTL_SECONDS = '21600';

/**
 * The default credentials of a Huawei Cloud client, in the official SDKs' order (environment,
 * credentials file, metadata) with the CLI's shared configuration before metadata; each source
 * also stands alone below. Cached; temporary credentials are fetched again 5 minutes before they
 * expire (ECS renews them 10 minutes before, old and new both working meanwhile).
 */
export function huaweiCloudCredentialChain(options: HuaweiCloudCredentialOptions = {}): CredentialProvider<HuaweiCloudCredentials> {
  const env = options.env ?? processEnvironment();
  return credentialChain(
    [huaweiEnvironmentCredentials(env), huaweiCredentialsFile({ ...options, env }), huaweiSharedConfigCredentials({ ...options, env }), huaweiEcsMetadataCredentials({ ...options, env })],
    options,
  );
}

/** HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID and, for temporary keys, HUAWEICLOUD_SDK_SECURITY_TOKEN. */
export function huaweiEnvironmentCredentials(env: Environment = processEnvironment()): CredentialSource<HuaweiCloudCredentials> {
  return {
    description: `environment (${ENV.accessKeyId}, ${ENV.secretAccessKey}, ${ENV.projectId})`,
    load: async () => {
      if (!env[ENV.accessKeyId] && !env[ENV.secretAccessKey]) return undefined;
      const fields = { accessKeyId: env[ENV.accessKeyId], secretAccessKey: env[ENV.secretAccessKey], projectId: env[ENV.projectId], securityToken: env[ENV.securityToken] };
      return checkedCredentials(fields, HUAWEI_REQUIRED_CREDENTIALS, (key) => `the environment variable ${ENV[key]}`) as HuaweiCloudCredentials;
    },
  };
}

/** The SDKs' credentials file, `~/.huaweicloud/credentials` (or HUAWEICLOUD_SDK_CREDENTIALS_FILE): section `[basic]`, keys ak, sk, project_id, security_token. */
export function huaweiCredentialsFile(options: HuaweiCloudCredentialOptions = {}): CredentialSource<HuaweiCloudCredentials> {
  const env = options.env ?? processEnvironment();
  const keys = { accessKeyId: 'ak', secretAccessKey: 'sk', projectId: 'project_id', securityToken: 'security_token' } as const;
  return {
    description: 'Huawei Cloud SDK credentials file (~/.huaweicloud/credentials)',
    load: async () => {
      const { parseIni, readToolFile } = await import('./credential-files.js');
      const file = await readToolFile(env.HUAWEICLOUD_SDK_CREDENTIALS_FILE, options.home, '.huaweicloud/credentials');
      if (!file) return undefined;
      const { path, text } = file;
      const section = parseIni(text).get('basic');
      if (!section) throw new CredentialsError(`${path} has no [basic] section`);
      const fields = { accessKeyId: section.ak, secretAccessKey: section.sk, projectId: section.project_id ?? env[ENV.projectId], securityToken: section.security_token };
      return checkedCredentials(fields, HUAWEI_REQUIRED_CREDENTIALS, (key) => `${keys[key]} of [basic] in ${path}`) as HuaweiCloudCredentials;
    },
  };
}

/**
 * The shared configuration of the Huawei Cloud CLI (KooCLI) and the Terraform provider,
 * `~/.hcloud/config.json` (or HW_SHARED_CONFIG_FILE): the profile HW_PROFILE, else `current`.
 * Mode AKSK (and SSO's keys) is read; ecsAgency goes to the instance metadata. The CLI encrypts
 * the keys unless told not to (`hcloud configure set --cli-auth-encrypt=false`): such a file is
 * refused, naming that command.
 */
export function huaweiSharedConfigCredentials(options: HuaweiCloudCredentialOptions & { profile?: string } = {}): CredentialSource<HuaweiCloudCredentials> {
  const env = options.env ?? processEnvironment();
  return {
    description: 'Huawei Cloud CLI and Terraform shared configuration (~/.hcloud/config.json)',
    load: async () => {
      const { parseJsonObject, readToolFile } = await import('./credential-files.js');
      const file = await readToolFile(env.HW_SHARED_CONFIG_FILE, options.home, '.hcloud/config.json');
      if (!file) return undefined;
      const { path, text } = file;
      const config = parseJsonObject(text, path);
      if (config.crypter !== undefined && config.crypter !== '') {
        throw new CredentialsError(`${path} holds encrypted keys, which only the CLI can read; run \`hcloud configure set --cli-auth-encrypt=false\` and set the profile again`);
      }
      const name = options.profile ?? env.HW_PROFILE ?? config.current;
      const profiles = Array.isArray(config.profiles) ? (config.profiles as Record<string, unknown>[]) : [];
      const profile = profiles.find((candidate) => candidate?.name === name);
      if (!profile) throw new CredentialsError(`${path} has no profile ${JSON.stringify(String(name))}`);
      if (profile.mode === 'ecsAgency') return huaweiEcsMetadataCredentials({ ...options, env }).load();
      const keys = profile.mode === 'SSO' ? (((profile.ssoAuth as Record<string, unknown> | undefined)?.stsToken as Record<string, unknown> | undefined) ?? {}) : profile;
      const fields = { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey, securityToken: keys.securityToken, projectId: profile.projectId || env[ENV.projectId] };
      return checkedCredentials(fields, HUAWEI_REQUIRED_CREDENTIALS, (key) => `${key} of profile ${String(name)} in ${path}`) as HuaweiCloudCredentials;
    },
  };
}

/**
 * Temporary keys of the ECS instance's agency from its metadata service, with the hardened (v2)
 * token where the instance has one, and its project from the instance's own metadata unless
 * HUAWEICLOUD_SDK_PROJECT_ID names one.
 */
export function huaweiEcsMetadataCredentials(options: HuaweiCloudCredentialOptions = {}): CredentialSource<HuaweiCloudCredentials> {
  const env = options.env ?? processEnvironment();
  const base = (options.ecsMetadataEndpoint ?? DEFAULT_ECS_METADATA).replace(/\/$/, '');
  return {
    description: `ECS instance metadata at ${base}`,
    load: async () => {
      const { credentialJson } = await import('./credential-requests.js');
      const headers = await metadataTokenHeaders(base);
      const answer = await credentialJson(`${base}/openstack/latest/securitykey`, { headers, timeoutMs: METADATA_TIMEOUT_MS }, 'the ECS metadata service (securitykey)');
      const credential = answer.credential;
      if (credential === null || typeof credential !== 'object') throw new CredentialsError('the ECS metadata service answered no credential (is an agency set on the instance?)');
      const keys = credential as Record<string, unknown>;
      let projectId = env[ENV.projectId];
      if (!projectId) {
        const metadata = await credentialJson(`${base}/openstack/latest/meta_data.json`, { headers, timeoutMs: METADATA_TIMEOUT_MS }, 'the ECS metadata service (meta_data.json)');
        projectId = typeof metadata.project_id === 'string' ? metadata.project_id : undefined;
      }
      const names = { accessKeyId: 'credential.access', secretAccessKey: 'credential.secret', securityToken: 'credential.securitytoken', projectId: 'project_id' } as const;
      const fields = checkedCredentials({ accessKeyId: keys.access, secretAccessKey: keys.secret, securityToken: keys.securitytoken, projectId }, [...HUAWEI_REQUIRED_CREDENTIALS, 'securityToken'], (key) => `${names[key]} from the ECS metadata service`);
      return { ...(fields as HuaweiCloudCredentials), expiration: expirationOf(keys.expires_at, 'the ECS metadata service') } satisfies Expiring<HuaweiCloudCredentials>;
    },
  };
}

/** The v2 metadata token header, or none where the service answers that it has no tokens (404, 405, 503), as the SDKs do. */
async function metadataTokenHeaders(base: string): Promise<Record<string, string>> {
  const { credentialRequest } = await import('./credential-requests.js');
  const { status, text } = await credentialRequest(`${base}/meta-data/latest/api/token`, { method: 'PUT', headers: { 'x-metadata-token-ttl-seconds': METADATA_TOKEN_TTL_SECONDS }, timeoutMs: METADATA_TIMEOUT_MS }, 'the ECS metadata token');
  if (status === 200 && text !== '') return { 'x-metadata-token': text };
  if (status === 404 || status === 405 || status === 503) return {};
  throw new CredentialsError(`the ECS metadata token request answered HTTP ${status}`);
}
