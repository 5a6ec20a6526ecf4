// `npm run mock -- <service id> [--port N]`: serves one service's description with Prism on 127.0.0.1 until stopped.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startMockServer } from './lib/mock-server.mjs';
import { bundlePath, SERVICE_IDS } from './lib/services.mjs';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4010' } } });
const [serviceId] = positionals;
if (!serviceId || !SERVICE_IDS.includes(/** @type {any} */ (serviceId))) {
  console.error(`Usage: npm run mock -- <service id> [--port 4010]\nService ids: ${SERVICE_IDS.join(', ')}`);
  process.exit(2);
}
if (!existsSync(bundlePath(serviceId))) {
  console.error(`No bundled description at ${bundlePath(serviceId)}: run npm run build first.`);
  process.exit(1);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`--port must be a TCP port number (1-65535), not "${values.port}".`);
  process.exit(2);
}

const mock = await startMockServer(serviceId, { port, log: (text) => process.stdout.write(text) });
console.log(`\nMock of ${serviceId} on ${mock.url}: point a client's \`endpoint\` at it. Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => mock.stop().then(() => process.exit(0)));
}
