// Credential sources and chains against loopback fakes of instance metadata, STS and a credentials URI, with a scratch home folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  alibabaCliProfileCredentials,
  alibabaCloudCredentialChain,
  alibabaCredentialsFile,
  alibabaCredentialsUri,
  alibabaEcsRamRoleCredentials,
  alibabaEnvironmentCredentials,
  alibabaOidcRoleCredentials,
  rpcSignature,
} from '../../packages/core/src/alibaba-credentials.ts';
import { type CredentialSource, credentialChain } from '../../packages/core/src/credential-provider.ts';
import { parseIni } from '../../packages/core/src/credential-files.ts';
import { CredentialsError } from '../../packages/core/src/errors.ts';
import {
  huaweiCloudCredentialChain,
  huaweiCredentialsFile,
  huaweiEcsMetadataCredentials,
  huaweiEnvironmentCredentials,
  huaweiSharedConfigCredentials,
} from '../../packages/core/src/huawei-credentials.ts';
import { type Answer, closedLoopbackUrl, type Loopback, type RecordedRequest, startLoopback } from '../support/loopback.ts';

const SECRET = 'secret-must-not-leak';
const TOKEN = 'token-must-not-leak';
const LATER = '2099-01-01T00:00:00Z';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A scratch home folder with `files` (path relative to it → text). */
function home(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cloudmq-home-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function serve(answer: (request: RecordedRequest, index: number) => Answer): Promise<Loopback> {
  const server = await startLoopback(answer);
  cleanups.push(() => server.close());
  return server;
}

async function failure(load: () => Promise<unknown>): Promise<CredentialsError> {
  const error = await load().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CredentialsError);
  for (const secret of [SECRET, TOKEN]) expect(String(error)).not.toContain(secret);
  return error as CredentialsError;
}

/** An Alibaba ECS metadata fake: the v2 token is `v2-token`; role `role-a`; credentials that expire at `expiration`. */
function alibabaMetadata({ token = 'ok', code = 'Success', expiration = LATER }: { token?: 'ok' | 404; code?: string; expiration?: string } = {}) {
  return (request: RecordedRequest): Answer => {
    if (request.method === 'PUT' && request.url === '/latest/api/token') {
      if (token === 404) return { status: 404, body: 'no tokens here' };
      return request.headers['x-aliyun-ecs-metadata-token-ttl-seconds'] === '21600' ? { status: 200, body: 'v2-token' } : { status: 400, body: 'no ttl' };
    }
    if (token === 'ok' && request.headers['x-aliyun-ecs-metadata-token'] !== 'v2-token') return { status: 401, body: 'token required' };
    if (request.url === '/latest/meta-data/ram/security-credentials/') return { status: 200, body: 'role-a' };
    if (request.url === '/latest/meta-data/ram/security-credentials/role-a') {
      return { status: 200, body: { Code: code, AccessKeyId: 'STS.ecs', AccessKeySecret: SECRET, SecurityToken: TOKEN, Expiration: expiration, LastUpdated: '2026-12-05T00:00:00Z' } };
    }
    return { status: 404, body: 'not found' };
  };
}

describe('Alibaba Cloud sources', () => {
  it('reads the environment, and is not set up without it', async () => {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET, ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN };
    expect(await alibabaEnvironmentCredentials(env).load()).toEqual({ accessKeyId: 'LTAIenv', secretAccessKey: SECRET, securityToken: TOKEN });
    expect(await alibabaEnvironmentCredentials({}).load()).toBeUndefined();
    const error = await failure(() => alibabaEnvironmentCredentials({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv' }).load());
    expect(error.message).toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    expect((await failure(() => alibabaEnvironmentCredentials({ ...env, ALIBABA_CLOUD_ACCESS_KEY_SECRET: `${SECRET}\n` }).load())).message).toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
  });

  it('exchanges the OIDC token at STS, unsigned, and reads the token file afresh each time', async () => {
    const sts = await serve(() => ({ status: 200, body: { RequestId: 'r', Credentials: { AccessKeyId: 'STS.oidc', AccessKeySecret: SECRET, SecurityToken: TOKEN, Expiration: LATER } } }));
    const folder = home({ token: 'jwt-1\n' });
    const env = {
      ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r',
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'acs:ram::1:oidc-provider/p',
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: join(folder, 'token'),
      ALIBABA_CLOUD_ROLE_SESSION_NAME: 's1',
    };
    const source = alibabaOidcRoleCredentials({ env, stsEndpoint: sts.url });
    expect(await source.load()).toEqual({ accessKeyId: 'STS.oidc', secretAccessKey: SECRET, securityToken: TOKEN, expiration: new Date(LATER) });
    writeFileSync(join(folder, 'token'), 'jwt-2');
    await source.load();
    const [first, second] = sts.requests;
    expect(first.method).toBe('POST');
    const query = new URL(first.url, sts.url).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ Action: 'AssumeRoleWithOIDC', Format: 'JSON', Version: '2015-04-01' });
    expect(query.has('Signature')).toBe(false);
    expect(Object.fromEntries(new URLSearchParams(first.body))).toMatchObject({
      RoleArn: env.ALIBABA_CLOUD_ROLE_ARN,
      OIDCProviderArn: env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN,
      OIDCToken: 'jwt-1',
      RoleSessionName: 's1',
    });
    expect(new URLSearchParams(second.body).get('OIDCToken')).toBe('jwt-2');
    expect(await alibabaOidcRoleCredentials({ env: {} }).load()).toBeUndefined();
  });

  it.each<[string, { answer: Answer; want: RegExp }]>([
    ['an STS error', { answer: { status: 400, body: { Code: 'AuthenticationFail.OIDCToken.Expired', Message: TOKEN } }, want: /HTTP 400/ }],
    ['an HTML page', { answer: { status: 200, body: `<html>${SECRET}</html>` }, want: /not JSON/ }],
    ['no Credentials', { answer: { status: 200, body: { RequestId: 'r' } }, want: /no Credentials/ }],
    ['no expiration', { answer: { status: 200, body: { Credentials: { AccessKeyId: 'a', AccessKeySecret: SECRET, SecurityToken: TOKEN } } }, want: /expiration/ }],
  ])('turns %s from STS into a CredentialsError that quotes nothing', async (_, { answer, want }) => {
    const sts = await serve(() => answer);
    const folder = home({ token: 'jwt' });
    const env = { ALIBABA_CLOUD_ROLE_ARN: 'r', ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'p', ALIBABA_CLOUD_OIDC_TOKEN_FILE: join(folder, 'token') };
    expect((await failure(() => alibabaOidcRoleCredentials({ env, stsEndpoint: sts.url }).load())).message).toMatch(want);
  });

  const cliConfig = (profiles: object[], current = 'main') => JSON.stringify({ current, profiles });
  it.each<[string, { profiles: object[]; env?: Record<string, string>; want: object | RegExp }]>([
    ['mode AK', { profiles: [{ name: 'main', mode: 'AK', access_key_id: 'LTAIcli', access_key_secret: SECRET }], want: { accessKeyId: 'LTAIcli', secretAccessKey: SECRET } }],
    [
      'mode StsToken',
      {
        profiles: [{ name: 'main', mode: 'StsToken', access_key_id: 'STS.cli', access_key_secret: SECRET, sts_token: TOKEN }],
        want: { accessKeyId: 'STS.cli', secretAccessKey: SECRET, securityToken: TOKEN },
      },
    ],
    [
      'the profile ALIBABA_CLOUD_PROFILE names, not current',
      {
        profiles: [
          { name: 'main', mode: 'AK', access_key_id: 'LTAImain', access_key_secret: SECRET },
          { name: 'other', mode: 'AK', access_key_id: 'LTAIother', access_key_secret: SECRET },
        ],
        env: { ALIBABA_CLOUD_PROFILE: 'other' },
        want: { accessKeyId: 'LTAIother', secretAccessKey: SECRET },
      },
    ],
    ['a profile that does not exist', { profiles: [{ name: 'other', mode: 'AK' }], want: /no profile "main"/ }],
    ['a mode these clients do not read', { profiles: [{ name: 'main', mode: 'CloudSSO', access_key_id: 'a', access_key_secret: SECRET }], want: /mode "CloudSSO"/ }],
    ['a key with a newline', { profiles: [{ name: 'main', mode: 'AK', access_key_id: 'LTAIcli', access_key_secret: `${SECRET}\n` }], want: /access_key_secret of profile main/ }],
  ])('reads the CLI profile: %s', async (_, { profiles, env = {}, want }) => {
    const source = alibabaCliProfileCredentials({ env, home: home({ '.aliyun/config.json': cliConfig(profiles) }) });
    if (want instanceof RegExp) expect((await failure(() => source.load())).message).toMatch(want);
    else expect(await source.load()).toEqual(want);
  });

  it('signs RPC requests as the vendor documents (ECS "Request signatures" example)', () => {
    // https://www.alibabacloud.com/help/doc-detail/28139.htm: DescribeRegions signed with "testsecret".
    const parameters = {
      Timestamp: '2016-02-23T12:46:24Z',
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      Version: '2014-05-26',
      SignatureVersion: '1.0',
    };
    expect(rpcSignature('GET', parameters, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  /** An STS fake that checks each AssumeRole's signature with the secret of `keys`, as STS would, and answers temporary credentials. */
  async function assumeRoleSts(keys: Record<string, string>) {
    return serve((request) => {
      const url = new URL(request.url, 'http://sts');
      const query = Object.fromEntries(url.searchParams);
      const { Signature, ...signed } = query;
      const form = Object.fromEntries(new URLSearchParams(request.body));
      const secret = keys[query.AccessKeyId];
      if (query.Action !== 'AssumeRole' || !secret || rpcSignature('POST', { ...signed, ...form }, secret) !== Signature) return { status: 400, body: { Code: 'SignatureDoesNotMatch' } };
      return { status: 200, body: { Credentials: { AccessKeyId: `STS.${form.RoleSessionName}`, AccessKeySecret: SECRET, SecurityToken: TOKEN, Expiration: LATER } } };
    });
  }

  it.each<[string, { profiles: object[]; profile?: string; want: object | RegExp }]>([
    [
      "RamRoleArn: the profile's keys assume its role",
      {
        profiles: [{ name: 'main', mode: 'RamRoleArn', access_key_id: 'LTAIsource', access_key_secret: 'source-secret', ram_role_arn: 'acs:ram::1:role/deployer', ram_session_name: 'deploy' }],
        want: { accessKeyId: 'STS.deploy', securityToken: TOKEN },
      },
    ],
    [
      "ChainableRamRoleArn: the source profile's keys assume the role",
      {
        profiles: [
          { name: 'main', mode: 'ChainableRamRoleArn', source_profile: 'base', ram_role_arn: 'acs:ram::1:role/deployer', ram_session_name: 'chained' },
          { name: 'base', mode: 'AK', access_key_id: 'LTAIsource', access_key_secret: 'source-secret' },
        ],
        want: { accessKeyId: 'STS.chained' },
      },
    ],
    ['ChainableRamRoleArn naming itself', { profiles: [{ name: 'main', mode: 'ChainableRamRoleArn', source_profile: 'main', ram_role_arn: 'r' }], want: /names no other source_profile/ }],
    [
      'RamRoleArn signed with a wrong secret',
      { profiles: [{ name: 'main', mode: 'RamRoleArn', access_key_id: 'LTAIsource', access_key_secret: 'wrong', ram_role_arn: 'r' }], want: /AssumeRole\) answered HTTP 400/ },
    ],
  ])('assumes a role from the CLI profile: %s', async (_, { profiles, want }) => {
    const sts = await assumeRoleSts({ LTAIsource: 'source-secret' });
    const source = alibabaCliProfileCredentials({ env: {}, home: home({ '.aliyun/config.json': cliConfig(profiles) }), stsEndpoint: sts.url });
    if (want instanceof RegExp) expect((await failure(() => source.load())).message).toMatch(want);
    else expect(await source.load()).toMatchObject(want);
  });

  it('assumes a role from a ram_role_arn section of the credentials file', async () => {
    const sts = await assumeRoleSts({ LTAIini: 'ini-secret' });
    const ini = '[default]\ntype = ram_role_arn\naccess_key_id = LTAIini\naccess_key_secret = ini-secret\nrole_arn = acs:ram::1:role/r\nrole_session_name = from-ini\n';
    expect(await alibabaCredentialsFile({ env: {}, home: home({ '.alibabacloud/credentials': ini }), stsEndpoint: sts.url }).load()).toMatchObject({
      accessKeyId: 'STS.from-ini',
      expiration: new Date(LATER),
    });
  });

  it('reads an EcsRamRole CLI profile from the instance metadata, with its role', async () => {
    const metadata = await serve(alibabaMetadata());
    const source = alibabaCliProfileCredentials({
      env: {},
      home: home({ '.aliyun/config.json': cliConfig([{ name: 'main', mode: 'EcsRamRole', ram_role_name: 'role-a' }]) }),
      ecsMetadataEndpoint: metadata.url,
    });
    expect(await source.load()).toMatchObject({ accessKeyId: 'STS.ecs', securityToken: TOKEN });
    expect(metadata.requests.map((request) => request.url)).not.toContain('/latest/meta-data/ram/security-credentials/');
  });

  it.each<[string, { ini: string; env?: Record<string, string>; want: object | RegExp }]>([
    ['type access_key in [default]', { ini: `[default]\ntype = access_key\naccess_key_id = LTAIini\naccess_key_secret = ${SECRET}\n`, want: { accessKeyId: 'LTAIini', secretAccessKey: SECRET } }],
    [
      'the section ALIBABA_CLOUD_PROFILE names',
      {
        ini: `[default]\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n[ci]\ntype = access_key\naccess_key_id = LTAIci\naccess_key_secret = ${SECRET}\n`,
        env: { ALIBABA_CLOUD_PROFILE: 'ci' },
        want: { accessKeyId: 'LTAIci', secretAccessKey: SECRET },
      },
    ],
    ['no such section', { ini: '[other]\ntype = access_key\n', want: /no section \[default\]/ }],
    ['a type these clients do not read', { ini: `[default]\ntype = rsa_key_pair\naccess_key_id = a\naccess_key_secret = ${SECRET}\n`, want: /type "rsa_key_pair"/ }],
  ])('reads the credentials file: %s', async (_, { ini, env = {}, want }) => {
    const source = alibabaCredentialsFile({ env, home: home({ '.alibabacloud/credentials': ini }) });
    if (want instanceof RegExp) expect((await failure(() => source.load())).message).toMatch(want);
    else expect(await source.load()).toEqual(want);
  });

  it('reads the credentials file ALIBABA_CLOUD_CREDENTIALS_FILE names, and is not set up without one', async () => {
    const folder = home({ 'elsewhere.ini': `[default]\ntype = access_key\naccess_key_id = LTAIelse\naccess_key_secret = ${SECRET}\n` });
    expect(await alibabaCredentialsFile({ env: { ALIBABA_CLOUD_CREDENTIALS_FILE: join(folder, 'elsewhere.ini') }, home: home() }).load()).toMatchObject({ accessKeyId: 'LTAIelse' });
    expect(await alibabaCredentialsFile({ env: {}, home: home() }).load()).toBeUndefined();
  });

  it('asks the ECS metadata for the role and its credentials, each time with the hardened token', async () => {
    const metadata = await serve(alibabaMetadata());
    expect(await alibabaEcsRamRoleCredentials({ env: {}, ecsMetadataEndpoint: metadata.url }).load()).toEqual({
      accessKeyId: 'STS.ecs',
      secretAccessKey: SECRET,
      securityToken: TOKEN,
      expiration: new Date(LATER),
    });
    expect(metadata.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/ram/security-credentials/',
      'PUT /latest/api/token',
      'GET /latest/meta-data/ram/security-credentials/role-a',
    ]);
  });

  it('goes on without the token where the metadata has none, unless ALIBABA_CLOUD_IMDSV1_DISABLED', async () => {
    const metadata = await serve(alibabaMetadata({ token: 404 }));
    expect(await alibabaEcsRamRoleCredentials({ env: {}, ecsMetadataEndpoint: metadata.url }).load()).toMatchObject({ accessKeyId: 'STS.ecs' });
    expect((await failure(() => alibabaEcsRamRoleCredentials({ env: { ALIBABA_CLOUD_IMDSV1_DISABLED: 'true' }, ecsMetadataEndpoint: metadata.url }).load())).message).toMatch(
      /HTTP 404.*IMDSV1_DISABLED/,
    );
  });

  it.each<[string, { answer: (request: RecordedRequest, index: number) => Answer; want: RegExp }]>([
    ['Code is not Success', { answer: alibabaMetadata({ code: 'Failed' }), want: /Code "Failed"/ }],
    ['an unreadable expiration', { answer: alibabaMetadata({ expiration: 'soon' }), want: /expiration/ }],
    [
      'a body over 64 KiB',
      { answer: (request) => (request.method === 'PUT' ? { status: 200, body: 'v2-token' } : { status: 200, body: { pad: 'x'.repeat(70_000) } }), want: /could not be read \(too-large\)/ },
    ],
    [
      'a redirect',
      {
        answer: (request) => (request.method === 'PUT' ? { status: 200, body: 'v2-token' } : { status: 302, headers: { location: 'http://example.invalid/' }, body: '' }),
        want: /named no RAM role \(HTTP 302\)/,
      },
    ],
  ])('turns %s from the ECS metadata into a CredentialsError', async (_, { answer, want }) => {
    const metadata = await serve(answer);
    expect((await failure(() => alibabaEcsRamRoleCredentials({ env: {}, ecsMetadataEndpoint: metadata.url }).load())).message).toMatch(want);
  });

  it('reads the credentials URI', async () => {
    const uri = await serve(() => ({ status: 200, body: { Code: 'Success', AccessKeyId: 'STS.uri', AccessKeySecret: SECRET, SecurityToken: TOKEN, Expiration: LATER } }));
    expect(await alibabaCredentialsUri({ env: { ALIBABA_CLOUD_CREDENTIALS_URI: `${uri.url}/creds` } }).load()).toMatchObject({ accessKeyId: 'STS.uri', expiration: new Date(LATER) });
    expect(uri.requests[0].url).toBe('/creds');
    expect(await alibabaCredentialsUri({ env: {} }).load()).toBeUndefined();
  });

  it('chains in the official order: the environment before the files, the files before the metadata', async () => {
    const metadata = await serve(alibabaMetadata());
    const files = home({ '.alibabacloud/credentials': `[default]\ntype = access_key\naccess_key_id = LTAIini\naccess_key_secret = ${SECRET}\n` });
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET };
    expect(await alibabaCloudCredentialChain({ env, home: files, ecsMetadataEndpoint: metadata.url })()).toMatchObject({ accessKeyId: 'LTAIenv' });
    expect(await alibabaCloudCredentialChain({ env: {}, home: files, ecsMetadataEndpoint: metadata.url })()).toMatchObject({ accessKeyId: 'LTAIini' });
    expect(await alibabaCloudCredentialChain({ env: {}, home: home(), ecsMetadataEndpoint: metadata.url })()).toMatchObject({ accessKeyId: 'STS.ecs' });
    expect(metadata.requests).toHaveLength(4);
  });

  it('says what every source said when none has credentials, quoting no secret', async () => {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: `${SECRET}\r` };
    const closed = await closedLoopbackUrl();
    const error = await failure(() => alibabaCloudCredentialChain({ env, home: home(), ecsMetadataEndpoint: closed })());
    expect(error.message).toMatch(/environment .*ALIBABA_CLOUD_ACCESS_KEY_SECRET must be visible ASCII/);
    expect(error.message).toMatch(/CLI profile .*not set up/);
    expect(error.message).toMatch(/ECS RAM role .*connection failed \(ECONNREFUSED\)/);
    expect(error.message).toMatch(/credentials URI .*not set up/);
  });
});

describe('Huawei Cloud sources', () => {
  const huaweiMetadata =
    ({ token = 'ok' }: { token?: 'ok' | 404 } = {}) =>
    (request: RecordedRequest): Answer => {
      if (request.method === 'PUT') return token === 404 ? { status: 404, body: '' } : { status: 200, body: 'hw-token' };
      if (token === 'ok' && request.headers['x-metadata-token'] !== 'hw-token') return { status: 401, body: 'token required' };
      if (request.url === '/openstack/latest/securitykey')
        return { status: 200, body: { credential: { access: 'HWTEMP', secret: SECRET, securitytoken: TOKEN, expires_at: '2099-01-01T00:00:00.000000Z' } } };
      if (request.url === '/openstack/latest/meta_data.json') return { status: 200, body: { uuid: 'u', project_id: 'metadata-project', region_id: 'cn-north-4' } };
      return { status: 404, body: '' };
    };

  it('reads the environment, requiring a project', async () => {
    const env = { HUAWEICLOUD_SDK_AK: 'HWAK', HUAWEICLOUD_SDK_SK: SECRET, HUAWEICLOUD_SDK_PROJECT_ID: 'p1' };
    expect(await huaweiEnvironmentCredentials(env).load()).toEqual({ accessKeyId: 'HWAK', secretAccessKey: SECRET, projectId: 'p1' });
    expect(await huaweiEnvironmentCredentials({}).load()).toBeUndefined();
    expect((await failure(() => huaweiEnvironmentCredentials({ ...env, HUAWEICLOUD_SDK_PROJECT_ID: '' }).load())).message).toContain('HUAWEICLOUD_SDK_PROJECT_ID');
  });

  it('reads the [basic] section of the SDK credentials file, or HUAWEICLOUD_SDK_CREDENTIALS_FILE', async () => {
    const ini = `[basic]\nak = HWFILE\nsk = ${SECRET}\nproject_id = p-file\nsecurity_token = ${TOKEN}\n`;
    expect(await huaweiCredentialsFile({ env: {}, home: home({ '.huaweicloud/credentials': ini }) }).load()).toEqual({
      accessKeyId: 'HWFILE',
      secretAccessKey: SECRET,
      projectId: 'p-file',
      securityToken: TOKEN,
    });
    const elsewhere = home({ 'c.ini': ini });
    expect(await huaweiCredentialsFile({ env: { HUAWEICLOUD_SDK_CREDENTIALS_FILE: join(elsewhere, 'c.ini') }, home: home() }).load()).toMatchObject({ accessKeyId: 'HWFILE' });
    expect((await failure(() => huaweiCredentialsFile({ env: {}, home: home({ '.huaweicloud/credentials': '[global]\nak = a\n' }) }).load())).message).toMatch(/no \[basic\]/);
  });

  const sharedConfig = (profile: object, extra: object = {}) => JSON.stringify({ current: 'default', profiles: [{ name: 'default', ...profile }], ...extra });
  it.each<[string, { config: string; want: object | RegExp }]>([
    [
      'an AKSK profile',
      {
        config: sharedConfig({ mode: 'AKSK', accessKeyId: 'HWCLI', secretAccessKey: SECRET, securityToken: '', projectId: 'p-cli' }),
        want: { accessKeyId: 'HWCLI', secretAccessKey: SECRET, projectId: 'p-cli' },
      },
    ],
    [
      'an SSO profile',
      {
        config: sharedConfig({ mode: 'SSO', projectId: 'p-sso', ssoAuth: { stsToken: { accessKeyId: 'HWSSO', secretAccessKey: SECRET, securityToken: TOKEN } } }),
        want: { accessKeyId: 'HWSSO', securityToken: TOKEN, projectId: 'p-sso' },
      },
    ],
    ['an encrypted file', { config: sharedConfig({ mode: 'AKSK', accessKeyId: 'b64', secretAccessKey: 'b64' }, { crypter: 'aes', nonce: 'n' }), want: /encrypted.*cli-auth-encrypt=false/ }],
    ['a profile without a project', { config: sharedConfig({ mode: 'AKSK', accessKeyId: 'HWCLI', secretAccessKey: SECRET }), want: /projectId of profile default/ }],
  ])('reads the CLI and Terraform shared configuration: %s', async (_, { config, want }) => {
    const source = huaweiSharedConfigCredentials({ env: {}, home: home({ '.hcloud/config.json': config }) });
    if (want instanceof RegExp) expect((await failure(() => source.load())).message).toMatch(want);
    else expect(await source.load()).toMatchObject(want);
  });

  it('reads ECS metadata with the hardened token, the project from the instance unless the environment names one', async () => {
    const metadata = await serve(huaweiMetadata());
    expect(await huaweiEcsMetadataCredentials({ env: {}, ecsMetadataEndpoint: metadata.url }).load()).toEqual({
      accessKeyId: 'HWTEMP',
      secretAccessKey: SECRET,
      securityToken: TOKEN,
      projectId: 'metadata-project',
      expiration: new Date('2099-01-01T00:00:00Z'),
    });
    expect(metadata.requests[0]).toMatchObject({ method: 'PUT', url: '/meta-data/latest/api/token' });
    expect(metadata.requests[0].headers['x-metadata-token-ttl-seconds']).toBe('21600');
    expect(await huaweiEcsMetadataCredentials({ env: { HUAWEICLOUD_SDK_PROJECT_ID: 'env-project' }, ecsMetadataEndpoint: metadata.url }).load()).toMatchObject({ projectId: 'env-project' });
  });

  it('reads ECS metadata without a token where the service has none, and through an ecsAgency profile', async () => {
    const metadata = await serve(huaweiMetadata({ token: 404 }));
    expect(await huaweiEcsMetadataCredentials({ env: {}, ecsMetadataEndpoint: metadata.url }).load()).toMatchObject({ accessKeyId: 'HWTEMP' });
    const folder = home({ '.hcloud/config.json': sharedConfig({ mode: 'ecsAgency' }) });
    expect(await huaweiSharedConfigCredentials({ env: {}, home: folder, ecsMetadataEndpoint: metadata.url }).load()).toMatchObject({ accessKeyId: 'HWTEMP' });
  });

  it('turns a metadata service without an agency into a CredentialsError', async () => {
    const metadata = await serve((request) => (request.method === 'PUT' ? { status: 200, body: 'hw-token' } : { status: 404, body: 'Please configure Cloud Service Agency first' }));
    expect((await failure(() => huaweiEcsMetadataCredentials({ env: {}, ecsMetadataEndpoint: metadata.url }).load())).message).toMatch(/securitykey.*HTTP 404/);
  });

  it('chains the environment, the credentials file, the shared configuration and the metadata, in that order', async () => {
    const metadata = await serve(huaweiMetadata());
    const both = home({
      '.huaweicloud/credentials': `[basic]\nak = HWFILE\nsk = ${SECRET}\nproject_id = p\n`,
      '.hcloud/config.json': sharedConfig({ mode: 'AKSK', accessKeyId: 'HWCLI', secretAccessKey: SECRET, projectId: 'p' }),
    });
    const env = { HUAWEICLOUD_SDK_AK: 'HWENV', HUAWEICLOUD_SDK_SK: SECRET, HUAWEICLOUD_SDK_PROJECT_ID: 'p' };
    const first = (envFor: Record<string, string>, folder: string) => huaweiCloudCredentialChain({ env: envFor, home: folder, ecsMetadataEndpoint: metadata.url })();
    expect(await first(env, both)).toMatchObject({ accessKeyId: 'HWENV' });
    expect(await first({}, both)).toMatchObject({ accessKeyId: 'HWFILE' });
    expect(await first({}, home({ '.hcloud/config.json': sharedConfig({ mode: 'AKSK', accessKeyId: 'HWCLI', secretAccessKey: SECRET, projectId: 'p' }) }))).toMatchObject({ accessKeyId: 'HWCLI' });
    expect(await first({}, home())).toMatchObject({ accessKeyId: 'HWTEMP' });
    const closed = await closedLoopbackUrl();
    const error = await failure(() => huaweiCloudCredentialChain({ env: {}, home: home(), ecsMetadataEndpoint: closed })());
    expect(error.message).toMatch(/environment .*not set up.*credentials file.*not set up.*shared configuration.*not set up.*ECS instance metadata.*ECONNREFUSED/);
  });
});

describe('credentialChain caching and refresh', () => {
  /** A source that answers credentials numbered by call, expiring `lifetimeMs` after the clock. */
  function countingSource(clock: { now: number }, lifetimeMs: number | undefined, fail?: () => boolean): CredentialSource<{ accessKeyId: string }> & { calls: number } {
    const source = {
      description: 'counting',
      calls: 0,
      load: async () => {
        source.calls++;
        if (fail?.()) throw new CredentialsError('the source is down');
        return { accessKeyId: `key-${source.calls}`, expiration: lifetimeMs === undefined ? undefined : new Date(clock.now + lifetimeMs) };
      },
    };
    return source;
  }

  it('answers from memory until 5 minutes before expiry, then asks again', async () => {
    const clock = { now: 0 };
    const source = countingSource(clock, 60 * 60_000);
    const provider = credentialChain([source], { now: () => clock.now });
    expect((await provider()).accessKeyId).toBe('key-1');
    clock.now = 54 * 60_000;
    expect((await provider()).accessKeyId).toBe('key-1');
    clock.now = 55 * 60_000;
    expect((await provider()).accessKeyId).toBe('key-2');
    expect(source.calls).toBe(2);
  });

  it('keeps credentials without an expiration, and shares one fetch between callers at the same time', async () => {
    const clock = { now: 0 };
    const source = countingSource(clock, undefined);
    const provider = credentialChain([source], { now: () => clock.now });
    const answers = await Promise.all([provider(), provider(), provider()]);
    clock.now = 10 ** 12;
    answers.push(await provider());
    expect(new Set(answers.map((answer) => answer.accessKeyId))).toEqual(new Set(['key-1']));
    expect(source.calls).toBe(1);
  });

  it('uses credentials that still work when a refresh fails, and never answers expired ones', async () => {
    const clock = { now: 0 };
    let down = false;
    const source = countingSource(clock, 60 * 60_000, () => down);
    const provider = credentialChain([source], { now: () => clock.now });
    await provider();
    down = true;
    clock.now = 58 * 60_000;
    expect((await provider()).accessKeyId).toBe('key-1');
    clock.now = 60 * 60_000;
    await failure(() => provider());
    down = false;
    expect((await provider()).accessKeyId).toBe('key-4');
  });

  it('refuses credentials that arrive already expired', async () => {
    const clock = { now: 0 };
    const provider = credentialChain([countingSource(clock, -1)], { now: () => clock.now });
    expect((await failure(() => provider())).message).toMatch(/already expired/);
  });

  it('asks only the source that answered first when it refreshes', async () => {
    const clock = { now: 0 };
    const empty = { description: 'empty', calls: 0, load: async () => void empty.calls++ };
    const source = countingSource(clock, 60 * 60_000);
    const provider = credentialChain<{ accessKeyId: string }>([empty, source], { now: () => clock.now });
    await provider();
    clock.now = 59 * 60_000;
    await provider();
    expect([empty.calls, source.calls]).toEqual([1, 2]);
  });
});

describe('parseIni', () => {
  it.each<[string, { given: string; want: Record<string, Record<string, string>> }]>([
    ['sections, keys and values trimmed', { given: '[a]\n k = v \n[b]\nx=1', want: { a: { k: 'v' }, b: { x: '1' } } }],
    ['comments and blank lines skipped, CRLF read', { given: '; c\r\n# c\r\n\r\n[a]\r\nk = v\r\n', want: { a: { k: 'v' } } }],
    ['a value with an equals sign kept whole', { given: '[a]\nk = x=y', want: { a: { k: 'x=y' } } }],
    ['keys before any section left out', { given: 'k = v\n[a]\n', want: { a: {} } }],
  ])('%s', (_, { given, want }) => {
    expect(Object.fromEntries(parseIni(given))).toEqual(want);
  });
});
