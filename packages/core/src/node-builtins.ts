// Node's built-in crypto, HTTP, file and OS modules when the client runs on Node.js, reached without an import so that the package still loads in browsers, Deno and workers.

/** The part of `node:crypto` the signers use: synchronous hashing, ten times cheaper than WebCrypto's promises here. */
export interface NodeCrypto {
  createHash(algorithm: 'sha256'): NodeDigest;
  createHmac(algorithm: 'sha256' | 'sha1', key: string): NodeDigest;
}

interface NodeDigest {
  update(data: string | Uint8Array): NodeDigest;
  digest(encoding: 'hex' | 'base64'): string;
}

/** The part of `node:http`/`node:https` the Node sender uses. */
export interface NodeHttp {
  Agent: new (options: { keepAlive: boolean }) => NodeAgent;
  request(options: NodeRequestTarget & { method: string; headers: Record<string, string | number>; agent: NodeAgent }, callback: (response: NodeIncomingMessage) => void): NodeClientRequest;
}

/** Where a request goes: its endpoint, or a proxy asked for the absolute URL. */
export interface NodeRequestTarget {
  protocol: string;
  hostname: string;
  port: string;
  path: string;
}

export interface NodeAgent {
  /** Closes every socket of the agent, idle or in use. */
  destroy(): void;
}

export interface NodeIncomingMessage {
  statusCode?: number;
  statusMessage?: string;
  /** Name/value pairs as received, names in their original case. */
  rawHeaders: string[];
  on(event: 'data', listener: (chunk: Uint8Array) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}

export interface NodeClientRequest {
  on(event: 'error', listener: (error: Error) => void): this;
  end(body?: string | Uint8Array): void;
  destroy(error?: Error): void;
}

/** The part of `node:tls` the proxy tunnel uses: TLS over a socket it already has. */
export interface NodeTls {
  connect(options: object): unknown;
}

/** The part of `node:fs` the credential sources use. */
export interface NodeFs {
  promises: { readFile(path: string, encoding: 'utf8'): Promise<string> };
}

/** The part of `node:os` the credential sources use. */
export interface NodeOs {
  homedir(): string;
}

type GetBuiltinModule = (id: string) => unknown;

// process.getBuiltinModule exists from Node.js 20.16 on; elsewhere (and before) nothing is loaded.
const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: GetBuiltinModule } }).process?.getBuiltinModule;

/** Whether Node's built-in modules can be had: true on Node.js 20.16 and later. */
export const hasNodeBuiltins = typeof getBuiltinModule === 'function';

/** A built-in module, loaded on first use: node:https alone (TLS) costs tens of milliseconds of start-up. */
function lazily<Module>(id: string): () => Module | undefined {
  let module: Module | undefined;
  return () => (module ??= getBuiltinModule?.(id) as Module | undefined);
}

export const nodeCrypto = lazily<NodeCrypto>('node:crypto');
export const nodeHttp = lazily<NodeHttp>('node:http');
export const nodeHttps = lazily<NodeHttp>('node:https');
export const nodeTls = lazily<NodeTls>('node:tls');
export const nodeFs = lazily<NodeFs>('node:fs');
export const nodeOs = lazily<NodeOs>('node:os');

/** The process environment where there is one (Node.js, Bun, Deno with --allow-env), else nothing. */
export function processEnvironment(): Record<string, string | undefined> {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}
