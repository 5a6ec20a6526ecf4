// Runs Prism on loopback as the mock server of one service: it checks every request against the bundled description and answers with its examples.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundlePath } from './services.mjs';

const prismCli = join(dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');

/**
 * The description as Prism must read it. Prism (http-spec 7) validates with JSON Schema draft-07
 * unless the document names a `jsonSchemaDialect`, and draft-07 silently ignores
 * `unevaluatedProperties`, so unknown body fields would pass; naming draft 2020-12, the dialect
 * OpenAPI 3.1 schemas are written in, makes Prism use ajv's 2020-12 validator.
 * @param {object} document
 */
export function descriptionForPrism(document) {
  return { ...document, jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema' };
}

/**
 * A free TCP port on 127.0.0.1 (Prism needs a number; it cannot report a port chosen by the OS).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `prism mock --errors` for a service on 127.0.0.1. With `--errors`, a request or response
 * that breaks the description is answered with an error (and the `sl-violations` header) instead
 * of a mocked answer. Resolves once Prism listens; `log` receives Prism's output.
 * @param {string} serviceId
 * @param {{ port?: number, log?: (text: string) => void }} [options]
 * @returns {Promise<{ serviceId: string, url: string, stop: () => Promise<void> }>}
 */
export async function startMockServer(serviceId, { port, log } = {}) {
  const listenPort = port ?? (await freePort());
  const scratch = mkdtempSync(join(tmpdir(), `cloudmq-mock-${serviceId}-`));
  const description = join(scratch, 'openapi.json');
  writeFileSync(description, JSON.stringify(descriptionForPrism(JSON.parse(readFileSync(bundlePath(serviceId), 'utf8')))));
  const prism = spawn(process.execPath, [prismCli, 'mock', '--errors', '-h', '127.0.0.1', '-p', String(listenPort), description], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://127.0.0.1:${listenPort}`;
  const exited = new Promise((resolve) => prism.once('exit', resolve));
  const stop = async () => {
    if (prism.exitCode === null && prism.signalCode === null) prism.kill('SIGTERM');
    await exited;
    rmSync(scratch, { recursive: true, force: true });
  };

  await new Promise((resolve, reject) => {
    let output = '';
    let listening = false;
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      const text = chunk.toString();
      log?.(text);
      if (listening) return;
      output += text;
      listening = output.includes('Prism is listening on');
      if (listening) resolve(undefined);
    };
    prism.stdout.on('data', onData);
    prism.stderr.on('data', onData);
    prism.once('exit', (code) => reject(new Error(`Prism for ${serviceId} exited (${code}) before listening:\n${output.slice(-2000)}`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { serviceId, url, stop };
}
