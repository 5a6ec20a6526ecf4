// Proxies as curl reads them from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), and the agent that tunnels https through one with CONNECT.
import { InvalidOptionError } from './errors.js';
import { type NodeAgent, nodeHttp, nodeHttps, nodeTls } from './node-builtins.js';

type Environment = Record<string, string | undefined>;

/** Where calls go through a proxy: per target protocol, and the hosts that go direct. */
export interface ProxySettings {
  /** For https targets: HTTPS_PROXY (or https_proxy). */
  https?: URL;
  /** For http targets: HTTP_PROXY (or http_proxy). */
  http?: URL;
  /** NO_PROXY (or no_proxy): hosts, domain suffixes (`.example.com` or `example.com`), `host:port`, or `*` for all. */
  noProxy: string[];
}

/** The proxy settings of an environment; a proxy variable that is not an http(s) URL fails, naming it. */
export function proxySettingsOf(env: Environment): ProxySettings {
  const read = (name: string) => env[name.toLowerCase()] || env[name] || undefined;
  const url = (name: string): URL | undefined => {
    const value = read(name);
    if (!value) return undefined;
    let parsed: URL | undefined;
    try {
      // curl takes a proxy without a scheme as http.
      parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) throw new InvalidOptionError(name, 'must be an http:// or https:// proxy URL');
    return parsed;
  };
  const noProxy = (read('NO_PROXY') ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  return { https: url('HTTPS_PROXY'), http: url('HTTP_PROXY'), noProxy };
}

/** The proxy a call to `target` goes through, or undefined when it goes direct. */
export function proxyFor(target: URL, settings: ProxySettings): URL | undefined {
  const proxy = target.protocol === 'https:' ? settings.https : settings.http;
  if (!proxy) return undefined;
  return bypassesProxy(target, settings.noProxy) ? undefined : proxy;
}

/** Where a URL connects, as Node's request options name it: the host without IPv6 brackets, the port with its protocol's default. */
export function serverOf(url: URL): { protocol: string; hostname: string; port: string } {
  const { hostname } = url;
  return { protocol: url.protocol, hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname, port: url.port || (url.protocol === 'https:' ? '443' : '80') };
}

/** Whether NO_PROXY sends `target` direct: `*`, the host itself, a domain it is under, optionally with its port. */
export function bypassesProxy(target: URL, noProxy: readonly string[]): boolean {
  const { hostname, port } = serverOf(target);
  const host = hostname.toLowerCase();
  return noProxy.some((entry) => {
    if (entry === '*') return true;
    const { name, port: entryPort } = noProxyEntry(entry);
    if (entryPort !== undefined && entryPort !== port) return false;
    const domain = name.replace(/^\*?\./, '');
    return host === domain || host.endsWith(`.${domain}`);
  });
}

/** A NO_PROXY entry's host and port: `host`, `host:port`, `[v6]:port`, or a bare IPv6 address (more than one colon). */
function noProxyEntry(entry: string): { name: string; port?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1], port: bracketed[2] };
  const parts = entry.split(':');
  return parts.length === 2 ? { name: parts[0], port: parts[1] } : { name: entry };
}

/** `Proxy-Authorization` for a proxy URL with a user name (and password), else nothing. */
export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${btoa(credentials)}` };
}

/** What the tunnelling agent is told of a connection to make, as Node's https agent tells it. */
interface ConnectionOptions {
  host?: string;
  port?: number | string;
  servername?: string;
}

/**
 * A keep-alive https agent whose connections are tunnels through `proxy` (CONNECT host:port, then
 * TLS to the target inside it): the proxy sees where the call goes, never what it carries.
 * `tlsOptions` adds TLS options of https.Agent (`ca`, for a private CA).
 */
export function tunnellingAgent(proxy: URL, tlsOptions: Record<string, unknown> = {}): NodeAgent {
  const https = nodeHttps() as unknown as { Agent: new (options: object) => NodeAgent };
  const tlsModule = nodeTls();
  const proxyModule = proxy.protocol === 'https:' ? nodeHttps() : nodeHttp();
  if (!https || !tlsModule || !proxyModule) throw new InvalidOptionError('HTTPS_PROXY', 'needs Node.js built-in modules');
  const tls = tlsModule;
  class TunnellingAgent extends https.Agent {
    createConnection(options: ConnectionOptions, callback: (error: Error | null, socket?: unknown) => void): undefined {
      const target = `${options.host}:${options.port ?? 443}`;
      const connect = (proxyModule as unknown as { request(options: object): ConnectRequest }).request({
        ...serverOf(proxy),
        method: 'CONNECT',
        path: target,
        headers: { host: target, ...proxyAuthorization(proxy) },
        agent: false,
      });
      connect.once('connect', (response, socket) => {
        if (response.statusCode !== 200) {
          socket.destroy();
          return callback(Object.assign(new Error(`The proxy answered CONNECT with HTTP ${response.statusCode}.`), { code: 'ERR_PROXY_CONNECT' }));
        }
        callback(null, tls.connect({ ...options, socket, servername: options.servername ?? options.host }));
      });
      connect.once('error', (error) => callback(error));
      connect.end();
      return undefined;
    }
  }
  return new TunnellingAgent({ keepAlive: true, ...tlsOptions });
}

interface ConnectRequest {
  once(event: 'connect', listener: (response: { statusCode?: number }, socket: { destroy(): void }) => void): this;
  once(event: 'error', listener: (error: Error) => void): this;
  end(): void;
}
