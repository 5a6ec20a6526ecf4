// The default sender behind a proxy: HTTP_PROXY and HTTPS_PROXY (CONNECT) honoured as curl does, NO_PROXY sending direct, the proxy's own credentials, a caller's agent.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent } from 'node:http';
import { InvalidOptionError, NetworkError, tunnellingAgent } from '@cloudmq/core';
import { createClient } from '@cloudmq/huaweicloud-kafka';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Loopback, startLoopback } from '../support/loopback.ts';
import { type LoopbackProxy, startLoopbackProxy } from '../support/proxy.ts';
import { HUAWEI_CREDENTIALS } from './services.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function target(): Promise<Loopback> {
  const server = await startLoopback(() => ({ status: 200, body: { instance_id: 'through' } }));
  cleanups.push(() => server.close());
  return server;
}

async function proxy(options: { refuseConnect?: number } = {}): Promise<LoopbackProxy> {
  const started = await startLoopbackProxy(options);
  cleanups.push(() => started.close());
  return started;
}

function proxyEnvironment(values: Record<string, string>) {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) vi.stubEnv(name, '');
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
}

const create = (endpoint: string, options: object = {}) =>
  createClient({ endpoint, credentials: HUAWEI_CREDENTIALS, validate: false, retry: false, ...options }).POST('/v2/{project_id}/instances', {
    params: { path: { project_id: HUAWEI_CREDENTIALS.projectId } },
    body: {} as never,
  });

describe('plain http through HTTP_PROXY', () => {
  it('asks the proxy for the absolute URL, with the proxy credentials of its URL, and the answer comes back', async () => {
    const [server, forward] = [await target(), await proxy()];
    proxyEnvironment({ HTTP_PROXY: forward.url.replace('http://', 'http://alice:s%40fe@') });
    const { data } = await create(server.url);
    expect(data).toEqual({ instance_id: 'through' });
    expect(forward.requests).toEqual([{ method: 'POST', target: `${server.url}/v2/${HUAWEI_CREDENTIALS.projectId}/instances`, proxyAuthorization: `Basic ${btoa('alice:s@fe')}` }]);
    // The signed Host is the endpoint's, not the proxy's.
    expect(server.requests[0].headers.host).toBe(new URL(server.url).host);
  });

  it.each<[string, string]>([
    ['the host', '127.0.0.1'],
    ['the host and its port', 'PORT'],
    ['*', '*'],
  ])('goes direct when NO_PROXY names %s', async (_, noProxy) => {
    const [server, forward] = [await target(), await proxy()];
    proxyEnvironment({ HTTP_PROXY: forward.url, NO_PROXY: noProxy === 'PORT' ? new URL(server.url).host : noProxy });
    await create(server.url);
    expect(forward.requests).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('goes direct when only HTTPS_PROXY is set, for an http endpoint', async () => {
    const [server, forward] = [await target(), await proxy()];
    proxyEnvironment({ HTTPS_PROXY: forward.url });
    await create(server.url);
    expect(forward.requests).toEqual([]);
  });

  it('uses the agent the caller gives, ignoring the environment', async () => {
    const [server, forward] = [await target(), await proxy()];
    proxyEnvironment({ HTTP_PROXY: forward.url });
    const agent = new Agent({ keepAlive: false });
    cleanups.push(() => agent.destroy());
    await create(server.url, { agents: { http: agent } });
    expect(forward.requests).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses, when the client is made, a proxy variable that is not an http(s) URL and an agent that is not one', () => {
    proxyEnvironment({ HTTPS_PROXY: 'socks5://127.0.0.1:1080' });
    expect(() => createClient({ region: 'cn-north-4', credentials: HUAWEI_CREDENTIALS })).toThrow(InvalidOptionError);
    proxyEnvironment({});
    expect(() => createClient({ region: 'cn-north-4', credentials: HUAWEI_CREDENTIALS, agents: { https: 'proxy' as never } })).toThrow(/agents.https/);
  });
});

describe('https through HTTPS_PROXY (CONNECT)', () => {
  /** A self-signed certificate for localhost, made for this run. */
  function certificate(): { key: string; cert: string; file: string } {
    const dir = mkdtempSync(join(tmpdir(), 'cloudmq-tls-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), file: join(dir, 'cert.pem') };
  }

  async function httpsTarget(tls: { key: string; cert: string }): Promise<{ url: string; hosts: string[] }> {
    const hosts: string[] = [];
    const server = createServer(tls, (request, response) => {
      hosts.push(request.headers.host ?? '');
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"instance_id":"tunnelled"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    return { url: `https://localhost:${(server.address() as AddressInfo).port}`, hosts };
  }

  it('tunnels a call the default sender makes when HTTPS_PROXY is set (a fresh process that trusts the test CA)', async () => {
    const tls = certificate();
    const [server, tunnel] = [await httpsTarget(tls), await proxy()];
    const script = `
      import { createClient } from '@cloudmq/huaweicloud-kafka';
      const client = createClient({ endpoint: ${JSON.stringify(server.url)}, credentials: ${JSON.stringify(HUAWEI_CREDENTIALS)}, validate: false, retry: false });
      const { data } = await client.POST('/v2/{project_id}/instances', { body: {} });
      console.log(JSON.stringify(data));
      await client.close();`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('.', import.meta.url).pathname,
      env: { PATH: process.env.PATH, HTTPS_PROXY: tunnel.url, NODE_EXTRA_CA_CERTS: tls.file },
    });
    expect(JSON.parse(stdout)).toEqual({ instance_id: 'tunnelled' });
    expect(tunnel.requests).toEqual([{ method: 'CONNECT', target: `localhost:${new URL(server.url).port}`, proxyAuthorization: undefined }]);
    expect(server.hosts).toEqual([new URL(server.url).host]);
  });

  it('keeps one tunnel for the calls of a client, and fails with a NetworkError when the proxy refuses', async () => {
    const tls = certificate();
    const [server, tunnel] = [await httpsTarget(tls), await proxy()];
    const agent = tunnellingAgent(new URL(tunnel.url), { ca: tls.cert });
    cleanups.push(() => agent.destroy());
    await create(server.url, { agents: { https: agent } });
    await create(server.url, { agents: { https: agent } });
    expect(tunnel.requests.filter((request) => request.method === 'CONNECT')).toHaveLength(1);

    const refusing = await proxy({ refuseConnect: 407 });
    const refused = tunnellingAgent(new URL(refusing.url), { ca: tls.cert });
    cleanups.push(() => refused.destroy());
    const error = await create(server.url, { agents: { https: refused } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toContain('ERR_PROXY_CONNECT');
  });
});
