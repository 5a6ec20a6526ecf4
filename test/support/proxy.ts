// A loopback forward proxy for client tests: plain http requests in absolute form are forwarded, https goes through CONNECT tunnels; it records what it was asked.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

export interface ProxyRequest {
  method: string;
  /** The absolute URL (plain http) or `host:port` (CONNECT). */
  target: string;
  proxyAuthorization?: string;
}

export interface LoopbackProxy {
  url: string;
  requests: ProxyRequest[];
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1; `refuseConnect` answers every CONNECT with that status instead of tunnelling. */
export async function startLoopbackProxy(options: { refuseConnect?: number } = {}): Promise<LoopbackProxy> {
  const requests: ProxyRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    requests.push({ method: incoming.method ?? '', target: incoming.url ?? '', proxyAuthorization: incoming.headers['proxy-authorization'] });
    const target = new URL(incoming.url ?? '');
    const { 'proxy-authorization': _, ...headers } = incoming.headers;
    const forwarded = httpRequest(target, { method: incoming.method, headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  server.on('connect', (incoming, socket, head) => {
    requests.push({ method: 'CONNECT', target: incoming.url ?? '', proxyAuthorization: incoming.headers['proxy-authorization'] });
    socket.on('error', () => undefined);
    if (options.refuseConnect) {
      socket.end(`HTTP/1.1 ${options.refuseConnect} Refused\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    const [host, port] = (incoming.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
