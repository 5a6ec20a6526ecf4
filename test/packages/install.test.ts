// The packed packages as users get them: lint-clean (publint, attw), small, and usable from a strict TypeScript project outside the repository.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesIn, packagesIn } from '../../scripts/lib/footprint.mjs';
import { exampleCreateRequest } from '@cloudmq/openapi-walk';
import { createdIdExpression, vendorOf } from '../../scripts/lib/vendors.mjs';
import { type Loopback, startLoopback } from '../support/loopback.ts';
import { bundledSpec, SERVICE_IDS } from '../support/spec.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const PACKAGES = ['core', ...SERVICE_IDS];
const FOOTPRINT_LIMIT_BYTES = 1_000_000;
/** The pages users read; their TypeScript examples must compile against the packed packages. */
const USER_DOCS = ['README.md', 'docs/clients.md', 'docs/descriptions.md', ...SERVICE_IDS.map((id) => `packages/${id}/README.md`)];

/** What the client packages install from the registry: their dependencies outside @cloudmq, and theirs, as the workspace installed them. */
function thirdPartyRuntime(): string[] {
  const manifest = (directory: string) => JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const found = new Set<string>();
  const visit = (directory: string) => {
    for (const name of Object.keys(manifest(directory).dependencies ?? {})) {
      if (name.startsWith('@cloudmq/') || found.has(name)) continue;
      found.add(name);
      visit(join(root, 'node_modules', name));
    }
  };
  for (const name of PACKAGES) visit(join(root, 'packages', name));
  return [...found];
}

const scratch = mkdtempSync(join(tmpdir(), 'cloudmq-install-'));
const tarballs: Record<string, string> = {};
/**
 * The third-party runtime dependencies, packed from the workspace's own install (the versions the
 * lockfile pins) and forced by `overrides`: `npm install --offline` then needs no registry metadata,
 * which `npm ci` does not put in the cache, so the test passes on a fresh machine with no network.
 */
const overrides: Record<string, string> = {};
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function pack(directory: string): Promise<string> {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: directory });
  return join(scratch, JSON.parse(stdout)[0].filename);
}

beforeAll(async () => {
  for (const name of PACKAGES) tarballs[name] = await pack(join(root, 'packages', name));
  for (const name of thirdPartyRuntime()) overrides[name] = `file:${await pack(join(root, 'node_modules', name))}`;
}, 120_000);

describe.each(PACKAGES)('@cloudmq/%s', (name) => {
  it('passes publint', async () => {
    const { stdout } = await run(bin('publint'), ['run', '--strict', join(root, 'packages', name)]);
    expect(stdout).not.toMatch(/error|warning/i);
  });

  it('passes arethetypeswrong (ESM only)', async () => {
    await expect(run(bin('attw'), [tarballs[name], '--profile', 'esm-only', '--format', 'table'])).resolves.toBeDefined();
  });

  it('packs only what users need: compiled code, types and the manifest', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json'], { cwd: join(root, 'packages', name) });
    const files = (JSON.parse(stdout)[0].files as { path: string }[]).map((file) => file.path);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('LICENSE');
    for (const file of files) expect(file).toMatch(/^(package\.json|README\.md|LICENSE|dist\/[\w-]+\.(js|d\.ts)|dist\/validators\/[\w-]+(\.(path|query|body))?\.(js|d\.ts))$/);
  });
});

describe('a strict TypeScript project outside the repository', () => {
  const project = join(scratch, 'consumer');
  let server: Loopback;

  beforeAll(async () => {
    server = await startLoopback((request) =>
      request.url.startsWith('/instances')
        ? { status: 200, body: { requestId: 'r-1', success: true, data: 'rmq-cn-installed', code: '200', httpStatusCode: 200 } }
        : { status: 200, body: { instance_id: 'installed-1' } },
    );
    mkdirSync(project, { recursive: true });
    const dependencies = Object.fromEntries(PACKAGES.map((name) => [`@cloudmq/${name}`, `file:${tarballs[name]}`]));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies, overrides }));
    // --offline: no network in tests; the third-party packages come from the overrides.
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project });
  }, 180_000);
  afterAll(() => server.close());

  it('installs each client in under 1 MB with at most 5 packages', async () => {
    for (const name of PACKAGES.filter((p) => p !== 'core')) {
      const alone = join(scratch, `alone-${name}`);
      mkdirSync(alone, { recursive: true });
      writeFileSync(
        join(alone, 'package.json'),
        JSON.stringify({ name: 'alone', private: true, dependencies: { [`@cloudmq/${name}`]: `file:${tarballs[name]}`, '@cloudmq/core': `file:${tarballs.core}` }, overrides }),
      );
      await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: alone });
      const installed = packagesIn(join(alone, 'node_modules'));
      expect(installed.length, installed.join(', ')).toBeLessThanOrEqual(5);
      expect(bytesIn(join(alone, 'node_modules'))).toBeLessThan(FOOTPRINT_LIMIT_BYTES);
    }
  }, 180_000);

  /** Per vendor: the credentials a client takes, and what the loopback answers. */
  const VENDOR_CHECK = {
    huaweicloud: { credentials: "{ accessKeyId: 'AK', secretAccessKey: 'SK', projectId: 'p1' }", answered: 'installed-1' },
    alibabacloud: { credentials: "{ accessKeyId: 'AK', secretAccessKey: 'SK' }", answered: 'rmq-cn-installed' },
  };

  /** A consumer's program: every client's documented create example, typed by the package alone (an example its types refuse fails tsc). */
  function consumerProgram(): string {
    const calls = SERVICE_IDS.map((service, index) => {
      const { method, path, params, body } = exampleCreateRequest(bundledSpec(service));
      const vendorId = vendorOf(bundledSpec(service));
      const vendor = VENDOR_CHECK[vendorId];
      // The example's clientToken is left out (the client makes one per call), and so is a Huawei
      // project: the client takes the credentials' one.
      const { project_id: _, ...pathParameters } = (params as { path?: Record<string, unknown> }).path ?? {};
      const init = JSON.stringify(Object.keys(pathParameters).length > 0 ? { params: { path: pathParameters }, body } : { body });
      return `{
  const { data } = await client${index}({ endpoint, credentials: ${vendor.credentials}, throwOnError: true }).${method.toUpperCase()}('${path}', ${init});
  ids.push(${createdIdExpression(vendorId)} ?? '');
}`;
    });
    return [
      ...SERVICE_IDS.map((service, index) => `import { createClient as client${index} } from '@cloudmq/${service}';`),
      'declare const process: { argv: string[] }; // no @types/node: the clients need only the standard fetch types',
      'const endpoint = process.argv[2];',
      'const ids: string[] = [];',
      ...calls,
      "console.log(ids.join(','));",
      '',
    ].join('\n');
  }

  it('compiles with tsc --strict (node16, nodenext and bundler resolution) and calls a loopback server with every client', async () => {
    writeFileSync(join(project, 'check.ts'), consumerProgram());
    // Every TypeScript example users read compiles as they would paste it.
    const snippets = USER_DOCS.flatMap((doc) => [...readFileSync(join(root, doc), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]));
    expect(snippets.length).toBeGreaterThanOrEqual(6);
    for (const [index, snippet] of snippets.entries()) writeFileSync(join(project, `example-${index}.ts`), snippet);
    const files = ['check.ts', ...snippets.map((_, index) => `example-${index}.ts`)];
    const tsc = (settings: string[]) =>
      run(bin('tsc'), ['--strict', '--target', 'es2022', ...settings, '--lib', 'es2022,dom', '--skipLibCheck', 'false', '--outDir', 'out', ...files], { cwd: project }).catch(
        (error: { stdout: string }) => {
          throw new Error(`tsc --strict ${settings.join(' ')} failed:\n${error.stdout}`);
        },
      );
    // The settings the README names: node16 and bundler resolution compile; nodenext also emits what runs below.
    await tsc(['--module', 'node16', '--moduleResolution', 'node16', '--noEmit']);
    await tsc(['--module', 'esnext', '--moduleResolution', 'bundler', '--noEmit']);
    await tsc(['--module', 'nodenext', '--moduleResolution', 'nodenext']);
    const { stdout } = await run('node', [join(project, 'out/check.js'), server.url], { cwd: project });
    expect(stdout.trim()).toBe(SERVICE_IDS.map((service) => VENDOR_CHECK[vendorOf(bundledSpec(service))].answered).join(','));
    expect(server.requests).toHaveLength(SERVICE_IDS.length);
  }, 120_000);
});
