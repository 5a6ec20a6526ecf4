// Builds the offline reference site in dist/: type-checks the code samples, injects them into a copy of each bundled description, renders one Redoc page per service and writes the index.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import YAML from 'yaml';
import { listConditionalRules } from './conditional-rules.mjs';
import { SERVICE_IDS, bundlePath, exampleRequests, operationsOf, regionEndpoints } from './services.mjs';

const dist = 'dist';
/** Where the samples made from examples are written (type-checked with the others, never committed). */
const GENERATED_SAMPLES = '.generated-samples';
const redoclyEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
// Absolute URLs the Redoc bundle would fetch when the page opens, and the local file each becomes.
// A Redoc upgrade that drops one of them fails the build, so the list cannot silently go stale.
const CDN_REPLACEMENTS = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'redocly-logo.svg'],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', 'redocly-logo.svg'],
];

// Operations without a hand-written sample get one made from their first example; both kinds are type-checked.
writeGeneratedSamples();

// A sample that no longer compiles against the built clients stops the build here.
if (spawnSync('tsc', ['-p', 'tsconfig.json'], { stdio: 'inherit' }).status !== 0) {
  console.error('build-docs: the code samples do not type-check against the client packages (errors above)');
  process.exit(1);
}

const strayServices = readdirSync('samples').filter((dir) => !SERVICE_IDS.includes(dir));
if (strayServices.length > 0) throw new Error(`samples/ holds folders of no known service: ${strayServices.join(', ')}`);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
copyFileSync('assets/redocly-logo.svg', join(dist, 'redocly-logo.svg'));
const work = mkdtempSync(join(tmpdir(), 'cloudmq-docs-'));
const redoclyConfig = YAML.parse(readFileSync('redocly.yaml', 'utf8'));
try {
  const services = await Promise.all(SERVICE_IDS.map((id) => buildServicePage(id)));
  writeFileSync(join(dist, 'index.html'), renderIndex(services));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Renders dist/<id>.html from a copy of the bundle with its samples and its conditional rules listed, and copies the bundle beside it. */
async function buildServicePage(id) {
  const description = JSON.parse(readFileSync(bundlePath(id, 'json'), 'utf8'));
  const operations = operationsOf(description);
  injectSamples(id, operations);
  listConditionalRules(description, operations);
  for (const format of ['json', 'yaml']) copyFileSync(bundlePath(id, format), join(dist, `${id}.openapi.${format}`));

  const specCopy = join(work, `${id}.openapi.json`);
  const configCopy = join(work, `${id}.redocly.yaml`);
  writeFileSync(specCopy, JSON.stringify(description));
  const downloadUrls = ['json', 'yaml'].map((format) => ({ title: `openapi.${format}`, url: `${id}.openapi.${format}` }));
  writeFileSync(configCopy, YAML.stringify({ ...redoclyConfig, openapi: { ...redoclyConfig.openapi, downloadUrls } }));
  const page = join(dist, `${id}.html`);
  await promisify(execFile)('redocly', ['build-docs', specCopy, '--inlineBundle', '--output', page, '--config', configCopy, '--title', `${description.info.title} API reference`], { env: redoclyEnv });
  writeFileSync(page, localizeCdnUrls(readFileSync(page, 'utf8'), id));
  return { id, info: description.info, operations };
}

/**
 * Adds each operation's sample as its TypeScript x-codeSamples entry: `samples/<id>/<operationId>.ts`
 * when there is one, else the one made from the operation's first example. A sample of no
 * operation is an error.
 */
function injectSamples(id, operations) {
  const sampleDir = join('samples', id);
  const sampleFiles = new Set(existsSync(sampleDir) ? readdirSync(sampleDir) : []);
  for (const { operationId, operation } of operations) {
    const file = `${operationId}.ts`;
    const source = readFileSync(sampleFiles.delete(file) ? join(sampleDir, file) : join(GENERATED_SAMPLES, id, file), 'utf8');
    // The label is the key Redoc matches against openapi.codeSamples.languages in redocly.yaml.
    operation['x-codeSamples'] = [{ lang: 'TypeScript', label: 'TypeScript', source }];
  }
  if (sampleFiles.size > 0) throw new Error(`${id}: samples without an operation: ${[...sampleFiles].join(', ')}`);
}

/** Writes a sample for every operation that has no hand-written one: a client call with the operation's first example. */
function writeGeneratedSamples() {
  rmSync(GENERATED_SAMPLES, { recursive: true, force: true });
  for (const id of SERVICE_IDS) {
    const description = JSON.parse(readFileSync(bundlePath(id, 'json'), 'utf8'));
    const [region] = Object.keys(regionEndpoints(description));
    const firstExamples = new Map();
    for (const request of exampleRequests(description)) if (!firstExamples.has(request.operationId)) firstExamples.set(request.operationId, request);
    for (const { operationId, method, path, params, body } of firstExamples.values()) {
      if (existsSync(join('samples', id, `${operationId}.ts`))) continue;
      const init = { ...(Object.keys(params).length > 0 ? { params } : {}), ...(body === undefined ? {} : { body }) };
      const call = `client.${method.toUpperCase()}(${JSON.stringify(path)}${Object.keys(init).length > 0 ? `, ${JSON.stringify(init, null, 2)}` : ''})`;
      mkdirSync(join(GENERATED_SAMPLES, id), { recursive: true });
      writeFileSync(
        join(GENERATED_SAMPLES, id, `${operationId}.ts`),
        `import { createClient } from '@cloudmq/${id}';\n\nconst client = createClient({ region: ${JSON.stringify(region)} });\nconst { data, error } = await ${call};\nif (error) console.error(error);\nelse console.log(data);\n`,
      );
    }
  }
}

/** Points the page's CDN URLs at local copies, and makes sure the page was rendered with telemetry off. */
function localizeCdnUrls(html, id) {
  // With telemetry on, the page itself would post traces to Redocly whenever it is opened.
  if (!html.includes('"disableTelemetry":true')) throw new Error(`${id}.html: rendered with Redocly telemetry on`);
  let localized = html;
  for (const [url, file] of CDN_REPLACEMENTS) {
    if (!localized.includes(url)) throw new Error(`${id}.html: Redoc no longer references ${url}; review CDN_REPLACEMENTS`);
    localized = localized.replaceAll(url, file);
  }
  return localized;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderIndex(services) {
  const sections = services.map(({ id, info, operations }) => {
    const rows = operations
      .map(
        ({ method, path, operationId, operation }) =>
          `<li><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code> ${escapeHtml(operation.summary)} <code class="operation-id">${operationId}</code></li>`,
      )
      .join('\n        ');
    return `
    <section id="${id}">
      <h2><a href="${id}.html">${escapeHtml(info.title)}</a></h2>
      <p class="meta">service id <code>${id}</code> · API version <code>${escapeHtml(info.version)}</code></p>
      <p>${escapeHtml(info.summary ?? '')}</p>
      <ul class="operations">
        ${rows}
      </ul>
      <p class="links"><a href="${id}.html">API reference</a> · description:
        <a href="${id}.openapi.json" download>openapi.json</a> ·
        <a href="${id}.openapi.yaml" download>openapi.yaml</a></p>
    </section>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>cloudmq-openapi API reference</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
    h1 { font-size: 1.8rem; }
    section { border-top: 1px solid #d0d7de; padding: 0.5rem 0 1rem; }
    h2 { font-size: 1.3rem; margin-bottom: 0.25rem; }
    .meta, .operation-id { color: #59636e; }
    .method { display: inline-block; min-width: 3.5rem; font-weight: 600; color: #1a7f37; }
    .operations { list-style: none; padding: 0; }
    code { font-size: 0.9em; }
  </style>
</head>
<body>
  <h1>cloudmq-openapi API reference</h1>
  <p>Hand-written OpenAPI 3.1 descriptions of the APIs that create managed message-queue instances, with a typed TypeScript client per service.</p>
  ${sections.join('\n')}
</body>
</html>
`;
}
