// Opens every page of the built site (dist/) in Debian's headless Chromium from a loopback server: every operation, request-body field and code sample is visible, downloads work, and no request leaves 127.0.0.1.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_IDS, bundlePath, operationsOf, resolveRef } from '../scripts/services.mjs';
import { serveDirectory } from '../scripts/static-server.mjs';

interface Schema {
  $ref?: string;
  if?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
}
interface Example {
  $ref?: string;
  value: unknown;
}
interface Description {
  info: { title: string; version: string };
  components?: Record<string, Record<string, unknown>>;
}
interface ServicePageCase {
  id: string;
  description: Description;
  operations: { operationId: string; summary: string; deprecated: boolean; tag: string | undefined; fieldPaths: string[]; conditionals: number; firstExample: unknown; sample: string }[];
}

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Belt and braces: even a request the routing below missed cannot resolve a host other than loopback.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** An operation's sample: the hand-written one, else the one the docs build made from its first example. */
function sampleOf(id: string, operationId: string): URL {
  const written = new URL(`../samples/${id}/${operationId}.ts`, import.meta.url);
  return existsSync(written) ? written : new URL(`../.generated-samples/${id}/${operationId}.ts`, import.meta.url);
}

const servicePages: ServicePageCase[] = SERVICE_IDS.map((id) => {
  const description = JSON.parse(readFileSync(bundlePath(id, 'json'), 'utf8')) as Description;
  const operations = operationsOf(description).map(({ operationId, operation }) => {
    // Show, list and delete send no body: nothing to list but their summary and sample.
    const body = operation.requestBody?.content['application/json'];
    return {
      operationId: operationId as string,
      summary: operation.summary as string,
      deprecated: operation.deprecated === true,
      tag: operation.tags?.[0] as string | undefined,
      fieldPaths: body ? [...fieldPaths(description, body.schema as Schema)] : [],
      conditionals: body ? countConditionals(description, body.schema as Schema) : 0,
      firstExample: body ? resolveRef(description, Object.values(body.examples as Record<string, Example>)[0]).value : undefined,
      sample: readFileSync(sampleOf(id, operationId), 'utf8'),
    };
  });
  return { id, description, operations };
});

let server: { url: string; close: () => Promise<unknown> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every URL the browser asked for since the current test began, and the page errors it met. */
let requested: string[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveDirectory(dist);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  // Blocked service workers would fetch outside the routing below.
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(10_000);
  context.on('request', (request) => requested.push(request.url()));
  await context.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('index.html', () => {
  it('lists every service with its version, operations, reference page and downloadable descriptions', async () => {
    await open('index.html');
    for (const { id, description, operations } of servicePages) {
      const section = page.locator(`section#${id}`);
      await expectVisible(section.getByRole('heading', { name: description.info.title, exact: true }), `${id} title`);
      await expectVisible(section.getByText(description.info.version, { exact: true }), `${id} version`);
      for (const { summary } of operations) await expectVisible(section.getByText(summary), `${id} summary "${summary}"`);
      expect(await section.getByRole('link', { name: 'API reference' }).getAttribute('href')).toBe(`${id}.html`);
      for (const format of ['json', 'yaml'] as const) {
        const link = section.getByRole('link', { name: `openapi.${format}` });
        expect(await link.getAttribute('download')).not.toBeNull();
        const href = (await link.getAttribute('href')) ?? '';
        const served = await page.evaluate(async (url) => (await fetch(url)).text(), href);
        expect(served, `${href} is the bundled description`).toBe(readFileSync(bundlePath(id, format), 'utf8'));
      }
    }
    await page.screenshot({ path: `${screenshots}index.png`, fullPage: true });
    expectOnlyLoopback();
  });
});

describe.each(servicePages)('$id page', ({ id, description, operations }) => {
  it('shows every operation: summary, every request-body field and rule, TypeScript sample and request example', async () => {
    await open(`${id}.html`);
    await expectVisible(page.getByRole('heading', { level: 1, name: description.info.title }), 'page title');
    for (const tag of new Set(operations.map((operation) => operation.tag))) {
      await showTag(tag);
      const tagged = operations.filter((operation) => operation.tag === tag).map((operation) => ({ ...operation, section: operationSection(operation.summary, operation.deprecated) }));
      for (const { summary, deprecated, fieldPaths, conditionals, sample, section } of tagged) {
        await expectVisible(section, `summary "${summary}"${deprecated ? ' marked deprecated' : ''}`);
        const body = section.locator('[id$="/request/body"]');
        // Redoc mounts nested fields in React transitions as they near the viewport: bring the body there and give it time.
        if (fieldPaths.length > 0) await body.scrollIntoViewIfNeeded();
        const notShown = async () => {
          const shown = await visibleFieldPaths(body);
          const missing = fieldPaths.filter((path) => !shown.has(path.toLowerCase()));
          // A nested object's fields mount once its own row has been near the viewport: bring the row of the first one there.
          const parent = missing[0]?.split('/').slice(0, -1).join('/').replace(/\[\]$/, '');
          if (parent)
            await body
              .locator(`a[href$="path=${parent}"]`)
              .first()
              .scrollIntoViewIfNeeded({ timeout: 1_000 })
              .catch(() => undefined);
          return missing;
        };
        await expect.poll(notShown, { message: `request-body fields of "${summary}" not visible`, timeout: 10_000 }).toEqual([]);
        // The build lists each if/then of the body in words (Redoc cannot draw them); one item per conditional.
        const rules = body.locator('div:has(> p > strong:text-is("Rules between fields")) + div > ul > li');
        expect(await rules.filter({ visible: true }).count(), `rules between fields of "${summary}"`).toBe(conditionals);
        const code = section.getByTestId('source-code').filter({ hasText: sample.split('\n')[0] });
        await expectVisible(code, `TypeScript sample of "${summary}"`);
        expect(normalizeCode(await code.textContent())).toBe(normalizeCode(sample));
      }
      // The request examples are the other sample "language"; switch back so the screenshot shows the TypeScript.
      for (const { summary, firstExample, section } of tagged.filter((operation) => operation.firstExample !== undefined)) {
        await selectSampleLanguage(section, 'Payload');
        // The request's sample panel comes before the responses'.
        const json = section.getByTestId('json-viewer').first();
        await expectVisible(json, `request example of "${summary}"`);
        expect(JSON.parse((await json.textContent()) ?? '')).toEqual(firstExample);
        await selectSampleLanguage(section, 'TypeScript');
      }
    }
    for (const format of ['json', 'yaml']) expect(await page.locator(`a[href="${id}.openapi.${format}"]`).count()).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    // Redoc wraps sections in `content-visibility: auto`, which leaves whatever is outside the
    // viewport unpainted in a full-page capture: paint everything for the screenshot.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    await page.screenshot({ path: `${screenshots}${id}.png`, fullPage: true });
    expectOnlyLoopback();
  });
});

async function open(path: string): Promise<void> {
  requested = [];
  pageErrors = [];
  await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
}

/**
 * Redoc 3 mounts each section as it nears the viewport, and shows a tag's operations only once the
 * reader opens the tag ("+ Show"): scroll to mount the tag, open it, scroll again to mount its operations.
 */
async function showTag(tag: string | undefined): Promise<void> {
  await scrollThrough();
  if (tag !== undefined)
    await page
      .locator('[data-section-id]')
      .filter({ has: headingLevel2(tag) })
      .getByRole('button', { name: '+ Show', exact: true })
      .click();
  await scrollThrough();
}

/** The section of one operation, found by its summary heading (which Redoc ends with a "Deprecated" badge for a deprecated operation). */
function operationSection(summary: string, deprecated = false): Locator {
  return page.locator('[data-section-id]').filter({ has: headingLevel2(summary, deprecated ? ' ?[Dd]eprecated' : '') });
}

/** Picks a request-sample language through an operation's language menu; Redoc applies the choice to every operation of the page. */
async function selectSampleLanguage(section: Locator, language: 'TypeScript' | 'Payload'): Promise<void> {
  const other = language === 'TypeScript' ? 'Payload' : 'TypeScript';
  const menuButton = section.getByRole('button', { name: new RegExp(`^(${language}|${other})$`) });
  if ((await menuButton.textContent()) === language) return;
  // Centred, so that the menu popup below the button opens inside the viewport.
  await menuButton.evaluate((button) => button.scrollIntoView({ block: 'center' }));
  await menuButton.click();
  // The menu opens in a popup outside the section.
  await page.getByRole('menuitem', { name: language, exact: true }).filter({ visible: true }).click();
}

/** A second-level heading by its text and an optional pattern after it (its accessible name also holds its anchor link's label). */
function headingLevel2(text: string, after = ''): Locator {
  return page.getByRole('heading', { level: 2 }).filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${after}$`) });
}

/** Scrolls down a viewport at a time until the bottom stays put: what mounts near the bottom can make the page longer. */
async function scrollThrough(): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let previousHeight = -1; ; ) {
    await page.evaluate(() => window.scrollBy(0, window.innerHeight));
    // Redoc mounts what nears the viewport in a React transition: give it a moment before measuring.
    await page.waitForTimeout(150);
    const { height, atBottom } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      atBottom: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
    }));
    if (atBottom && height === previousHeight) return;
    previousHeight = height;
  }
}

/**
 * The paths (`networkinfo/vpcinfo/vswitches[]/vswitchid`, lower case as Redoc writes them) of the
 * visible field names in a request body. Redoc renders each name as
 * `<span><span data-deep-link-anchor><a aria-label="link to NAME" href="...PATH"/></span>[<span>PARENT.</span>]<span>NAME</span></span>`.
 */
async function visibleFieldPaths(body: Locator): Promise<Set<string>> {
  const paths = await body.locator('[data-deep-link-anchor] > a[href*="t=request&path="]').evaluateAll((anchors) =>
    anchors.flatMap((anchor) => {
      const fieldName = anchor.getAttribute('aria-label')?.replace(/^link to /, '');
      const nameElement = [...(anchor.parentElement?.parentElement?.children ?? [])].find((child) => child.textContent === fieldName);
      // `...t=request&path=bss_param/period_type`; under a oneOf, `&oneof=N` marks the tab a field sits in, not a field.
      const path = /\/t=request&path=(.+)$/
        .exec(anchor.getAttribute('href') ?? '')?.[1]
        ?.replace(/&oneof=\d+/g, '')
        .replace(/^\//, '');
      return path !== undefined && nameElement?.checkVisibility() ? [path] : [];
    }),
  );
  return new Set(paths);
}

async function expectVisible(locator: Locator, what: string): Promise<void> {
  const visible = locator.filter({ visible: true }).first();
  // Generous: on two busy cores Redoc took more than 5 s to mount the operations of a tag it opened.
  await visible.waitFor({ state: 'visible', timeout: 20_000 }).catch(() => {
    throw new Error(`not visible: ${what}`);
  });
}

function expectOnlyLoopback(): void {
  expect(requested.length, 'requests seen').toBeGreaterThan(0);
  expect(
    requested.filter((url) => !isLoopback(url)),
    'requests beyond loopback',
  ).toEqual([]);
  expect(pageErrors, 'errors in the page').toEqual([]);
}

function isLoopback(url: string): boolean {
  // data: and blob: URLs are the page's own bytes, never a network request.
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
}

function normalizeCode(code: string | null): string {
  return (code ?? '').replace(/[ \t]+$/gm, '').trim();
}

/**
 * Every field of a request body by its path (`networkInfo/vpcInfo/vSwitches[]/vSwitchId`): what
 * `properties` declare through `$ref`, `allOf`/`anyOf`/`oneOf` and `items`. Conditionals
 * (`if`/`then`) only restate fields declared there.
 */
function fieldPaths(description: Description, schema: Schema, prefix = '', paths = new Set<string>(), ancestors = new Set<Schema>()): Set<string> {
  const resolved: Schema = resolveRef(description, schema);
  if (ancestors.has(resolved)) return paths;
  const inner = new Set([...ancestors, resolved]);
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    paths.add(`${prefix}${name}`);
    fieldPaths(description, property, `${prefix}${name}/`, paths, inner);
  }
  for (const branch of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) fieldPaths(description, branch, prefix, paths, inner);
  if (resolved.items) fieldPaths(description, resolved.items, `${prefix.replace(/\/$/, '')}[]/`, paths, inner);
  return paths;
}

/** How many `if`s the body holds, reached as `fieldPaths` reaches fields. */
function countConditionals(description: Description, schema: Schema, ancestors = new Set<Schema>()): number {
  const resolved: Schema = resolveRef(description, schema);
  if (ancestors.has(resolved)) return 0;
  const inner = new Set([...ancestors, resolved]);
  const children = [...Object.values(resolved.properties ?? {}), ...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.items ? [resolved.items] : [])];
  return (resolved.if === undefined ? 0 : 1) + children.reduce((total, child) => total + countConditionals(description, child, inner), 0);
}
