// Breaking-change policy: which changes between two bundled descriptions need review (api-smart-diff plus our rules), and the reviewed allowlist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { compareOpenApi } from 'api-smart-diff';
import YAML from 'yaml';
import { escapeToken, inlineRefs, NAME_MAPS, resolveRef } from '@cloudmq/openapi-walk';

/**
 * @typedef {'breaking' | 'non-breaking' | 'annotation' | 'unclassified' | 'deprecated'} ChangeType
 * @typedef {'add' | 'remove' | 'replace' | 'rename'} ChangeAction
 * @typedef {{ type: ChangeType, action: ChangeAction, pointer: string, description: string }} Change
 *   `pointer`: RFC 6901 pointer into the document, read through `$ref`s (as a dereferencing viewer shows it).
 * @typedef {Change & { service: string }} ServiceChange
 * @typedef {{ service: string, action: ChangeAction, pointer: string, reason: string }} AllowlistEntry
 * @typedef {{ entry: number | undefined, rule: string, message: string }} AllowlistProblem
 *   `entry`: 0-based index in `changes` (undefined when the file as a whole is wrong); `rule`: the broken schema keyword.
 * @typedef {{ service: string, bundle: string, baseline: string }} ServiceFiles
 */

/** Change types that fail the check unless allowlisted: `unclassified` means the tool cannot tell, so a person must. */
const REVIEWED_TYPES = new Set(['breaking', 'unclassified']);
/** Keywords whose value is a list of schemas: the token after them is an index, not a keyword. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** Whether a change fails the check unless the allowlist names it. */
export function needsReview(change) {
  return REVIEWED_TYPES.has(change.type);
}

/**
 * Every change from `before` to `after` that users of the API or of the generated clients can notice,
 * classified by api-smart-diff and then by our policy (POLICY).
 * @param {object} before a bundled OpenAPI 3.1 document (not modified)
 * @param {object} after
 * @returns {Change[]}
 */
export function classifiedChanges(before, after) {
  // allof-merge (the default) is lossy for our schemas: two if/then conditionals in one allOf collapse into one.
  const { diffs } = compareOpenApi(comparable(before), comparable(after), { notMergeAllOf: true });
  return diffs
    .filter(({ path }) => inScope(path))
    .map((diff) => {
      const tokens = changeTokens(diff, before, after);
      const change = { action: diff.action, tokens, before, after };
      // The library leaves changes to a media type's examples unclassified; they are documentation (lint checks them against the schemas).
      const example = isMediaTypeExample(tokens);
      const rule = example || needsReview(diff) ? undefined : POLICY.find(({ applies }) => applies(change));
      const description = diff.description || fallbackDescription(diff);
      return {
        type: example ? 'annotation' : (rule?.type ?? diff.type),
        action: diff.action,
        pointer: jsonPointer(tokens),
        description: rule ? `${description} (needs review here: ${rule.why})` : description,
      };
    });
}

/**
 * The changes from `before` to `after` that need review before release.
 * @param {object} before
 * @param {object} after
 * @returns {Change[]}
 */
export function breakingChanges(before, after) {
  return classifiedChanges(before, after).filter(needsReview);
}

/**
 * Where our users are hurt by a change that api-smart-diff rates lower; the first rule that applies
 * raises the change to its `type`. `tokens` are the change's location in the document (see `locate`).
 * @type {{ why: string, type: ChangeType, applies: (change: { action: ChangeAction, tokens: (string | number)[], before: any, after: any }) => boolean }[]}
 */
const POLICY = [
  {
    // The library rates a newly required field with a default non-breaking; our clients validate bodies without filling defaults.
    why: 'the generated clients refuse a body without a required field, default or not',
    type: 'breaking',
    applies: ({ action, tokens }) => action === 'add' && tokens.at(-2) === 'required' && !isResponse(tokens),
  },
  {
    // The library rates removing an optional response property non-breaking; code that reads it breaks.
    why: 'clients read the response fields the description promises',
    type: 'breaking',
    applies: ({ action, tokens }) => action === 'remove' && isResponseSchema(tokens) && endsAtField(tokens.slice(8)),
  },
  {
    // The library rates every server change an annotation; the clients' endpoints and Region type come from them.
    why: 'the generated clients take their endpoints and regions from the servers',
    type: 'breaking',
    applies: ({ action, tokens }) => action !== 'add' && tokens.at(-1) !== 'description' && isServers(tokens),
  },
  {
    // The library rates it an annotation; the generated clients name their methods after it.
    why: 'the generated clients name their methods after the operationId',
    type: 'breaking',
    applies: ({ tokens }) => tokens[0] === 'paths' && tokens.length === 4 && tokens[3] === 'operationId',
  },
  {
    // Our extensions (action name, API version, signing, idempotency token) drive the generated clients.
    why: 'x-cloudmq-* extensions drive the generated clients',
    type: 'unclassified',
    applies: ({ tokens }) => tokens.some((token) => String(token).startsWith('x-cloudmq-')),
  },
  {
    // The library compares a missing enum as an empty one, so an enum on a free field reads as values added.
    why: 'a request field that took any value now takes only the listed ones',
    type: 'breaking',
    applies: ({ action, tokens, before }) => action === 'add' && tokens.at(-2) === 'enum' && !isResponse(tokens) && !hasEnum(before, tokens.slice(0, -2)),
  },
];

/** Whether a change (by the library's path) is one we report: operations, servers, security, security schemes, our extensions. */
function inScope(path) {
  // Schemas, parameters and responses in components are reported where an operation uses them (under paths).
  const [area, section] = path;
  return ['paths', 'servers', 'security'].includes(String(area)) || (area === 'components' && section === 'securitySchemes') || path.some((token) => String(token).startsWith('x-cloudmq-'));
}

/**
 * A copy of `document` for api-smart-diff: local `$ref`s inlined and components cut to the security schemes.
 * The library mutates what it compares, and through a `$ref` it misreads the schema around a change
 * (a removed required response field comes out non-breaking, a second use of a schema gets an empty description).
 */
function comparable(document) {
  return inlineRefs(document, { ...document, components: { securitySchemes: document.components?.securitySchemes ?? {} } });
}

/**
 * The document tokens of a change. An entry removed from an array (an `allOf` conditional, say) is
 * reported at its index among the entries kept, so it is looked up by value among the old entries.
 * @param {import('api-smart-diff').Diff} diff
 */
function changeTokens(diff, before, after) {
  const { tokens } = locate(diff.action === 'add' ? after : before, diff.path);
  if (diff.action === 'remove' && typeof diff.path.at(-1) === 'number') {
    const { node: list } = locate(before, diff.path.slice(0, -1));
    const index = Array.isArray(list) ? list.findIndex((entry) => isDeepStrictEqual(inlineRefs(before, entry), diff.before)) : -1;
    if (index >= 0) tokens[tokens.length - 1] = index;
  }
  return tokens;
}

/**
 * The tokens of a path api-smart-diff reports, as they read in `document` (through `$ref`s), and the node
 * there (undefined past the end of the document). The library reports paths in its normalised copy, where
 * the keywords beside an `allOf` are one more `allOf` entry and a `$ref` with siblings is
 * `allOf: [target, siblings]`; this takes those entries out again.
 * @param {any} document
 * @param {(string | number)[]} path
 */
function locate(document, path) {
  const tokens = [];
  let node = document;
  for (let i = 0; i < path.length; i += 1) {
    if (isObject(node) && typeof node.$ref === 'string' && Object.keys(node).length === 1) node = resolveRef(document, node);
    const [key, index] = [path[i], Number(path[i + 1])];
    const insideEntry = i + 2 < path.length; // a whole entry added or removed keeps its own pointer
    if (key === 'allOf' && insideEntry && isObject(node) && typeof node.$ref === 'string' && !('allOf' in node) && (index === 0 || index === 1)) {
      node = index === 0 ? resolveRef(document, node) : node; // the $ref's target, or its sibling keywords
      i += 1;
      continue;
    }
    if (key === 'allOf' && insideEntry && isObject(node) && Array.isArray(node.allOf) && index === node.allOf.length) {
      i += 1; // the keywords beside the allOf
      continue;
    }
    if (isObject(node) && !(key in node)) node = resolveRef(document, node);
    tokens.push(key);
    node = isObject(node) ? node[key] : undefined;
  }
  return { tokens, node };
}

/** Whether document `tokens` lead into the `example` or `examples` of an operation's media type. */
function isMediaTypeExample(tokens) {
  return tokens[0] === 'paths' && tokens.some((token, i) => i >= 2 && tokens[i - 2] === 'content' && (token === 'example' || token === 'examples'));
}

/** Whether schema-relative `tokens` end at a field (`properties/<name>`), telling field names from keywords. */
function endsAtField(tokens) {
  let atKeyword = true; // a token is a keyword, or a name or index under the keyword before it
  for (const [i, token] of tokens.entries()) {
    if (i === tokens.length - 1) return !atKeyword && tokens[i - 1] === 'properties';
    atKeyword = atKeyword ? !(NAME_MAPS.has(String(token)) || SCHEMA_LISTS.has(String(token))) : true;
  }
  return false;
}

/** Whether document `tokens` run through an operation's responses. */
function isResponse(tokens) {
  return tokens[0] === 'paths' && tokens[3] === 'responses';
}

/** Whether document `tokens` run through a response body schema (`paths/<path>/<method>/responses/<code>/content/<type>/schema`). */
function isResponseSchema(tokens) {
  return isResponse(tokens) && tokens[5] === 'content' && tokens[7] === 'schema';
}

/** Whether document `tokens` run through a `servers` list (of the document, a path item or an operation). */
function isServers(tokens) {
  return tokens[0] === 'servers' || (tokens[0] === 'paths' && (tokens[2] === 'servers' || tokens[3] === 'servers'));
}

/** Whether the schema at `tokens` in `document` lists allowed values. */
function hasEnum(document, tokens) {
  const { node } = locate(document, tokens);
  return isObject(node) && ('enum' in node || 'enum' in (resolveRef(document, node) ?? {}));
}

/** A description where the library gives none (servers, security): what changed, with the values when they are short. */
function fallbackDescription({ action, path, before, after }) {
  const [key, parent] = [path.at(-1), path.at(-2)];
  const subject = typeof key === 'number' ? `${String(parent)} entry` : `\`${String(key)}\``;
  const show = (value) => (isObject(value) ? '' : JSON.stringify(value));
  if (action === 'replace') return `[Replaced] ${subject}: ${show(before)} → ${show(after)}`;
  const value = show(action === 'add' ? after : before);
  return `[${action === 'add' ? 'Added' : 'Removed'}] ${subject}${value ? `: ${value}` : ''}`;
}

function isObject(value) {
  return typeof value === 'object' && value !== null;
}

/** An RFC 6901 JSON pointer, as written in the allowlist (not URI-encoded). */
function jsonPointer(tokens) {
  return tokens.map((token) => `/${escapeToken(token)}`).join('');
}

/** The shape of specs/breaking/allowlist.yaml; `reason` must say something a reviewer can check. */
const ALLOWLIST_SCHEMA = {
  type: 'object',
  required: ['changes'],
  additionalProperties: false,
  properties: {
    changes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['service', 'action', 'pointer', 'reason'],
        additionalProperties: false,
        properties: {
          service: { type: 'string', minLength: 1 },
          action: { enum: ['add', 'remove', 'replace', 'rename'] },
          pointer: { type: 'string', pattern: '^(/|$)' },
          reason: { type: 'string', minLength: 20 },
        },
      },
    },
  },
};
const validateAllowlist = new Ajv2020({ allErrors: true }).compile(ALLOWLIST_SCHEMA);

/**
 * The entries of an allowlist file and what is wrong with it; a malformed entry is left out of `entries`.
 * @param {string} text the YAML file's content
 * @returns {{ entries: AllowlistEntry[], problems: AllowlistProblem[] }}
 */
export function readAllowlist(text) {
  let allowlist;
  try {
    allowlist = YAML.parse(text);
  } catch (error) {
    return { entries: [], problems: [{ entry: undefined, rule: 'YAML syntax', message: String(error.message) }] };
  }
  if (validateAllowlist(allowlist)) return { entries: allowlist.changes, problems: [] };
  const problems = (validateAllowlist.errors ?? []).map(({ instancePath, keyword, message, params }) => {
    const [, list, index, field] = instancePath.split('/');
    const entry = index === undefined ? undefined : Number(index);
    const subject = field ?? (entry === undefined ? (list ?? 'the file') : 'the entry');
    const text =
      keyword === 'required'
        ? `${params.missingProperty} is missing`
        : keyword === 'additionalProperties'
          ? `${params.additionalProperty} is not a field of an entry`
          : keyword === 'enum'
            ? `${subject} must be one of ${params.allowedValues.join(', ')}`
            : `${subject} ${message}`;
    return { entry, rule: keyword, message: text };
  });
  const fileWrong = problems.some(({ entry }) => entry === undefined);
  const entries = fileWrong ? [] : allowlist.changes.filter((_, index) => !problems.some(({ entry }) => entry === index));
  return { entries, problems };
}

/**
 * Splits the changes that need review into those no allowlist entry names, and finds the entries
 * that name no current change (stale: the change was reverted or released).
 * @param {ServiceChange[]} changes changes that need review
 * @param {AllowlistEntry[]} entries
 * @returns {{ unreviewed: ServiceChange[], stale: AllowlistEntry[] }}
 */
export function applyAllowlist(changes, entries) {
  const names = (entry, change) => entry.service === change.service && entry.action === change.action && entry.pointer === change.pointer;
  return {
    unreviewed: changes.filter((change) => !entries.some((entry) => names(entry, change))),
    stale: entries.filter((entry) => !changes.some((change) => names(entry, change))),
  };
}

/**
 * The services of the repository at `root` (the `specs/<id>/` packages named `@cloudmq/spec-<id>`),
 * with their bundle and baseline files.
 * @param {string} root
 * @returns {ServiceFiles[]}
 */
export function serviceFiles(root) {
  const specs = join(root, 'specs');
  return readdirSync(specs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(specs, entry.name, 'package.json')))
    .filter((entry) => JSON.parse(readFileSync(join(specs, entry.name, 'package.json'), 'utf8')).name === `@cloudmq/spec-${entry.name}`)
    .map(({ name }) => ({ service: name, bundle: join(specs, name, 'dist', 'openapi.json'), baseline: join(baselineDir(root), `${name}.json`) }));
}

/** Where the released state of each description is kept. */
export function baselineDir(root) {
  return join(root, 'specs', 'breaking', 'baselines');
}

/** The reviewed breaking changes of the repository at `root`. */
export function allowlistFile(root) {
  return join(root, 'specs', 'breaking', 'allowlist.yaml');
}

/** Baseline files whose service no longer exists. */
export function orphanBaselines(root) {
  const services = new Set(serviceFiles(root).map(({ service }) => service));
  const dir = baselineDir(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !services.has(basename(file, '.json')))
    .map((file) => join(dir, file));
}

/**
 * Compares every service of the repository at `root` with its baseline and applies the allowlist:
 * everything `npm run check:breaking` reports. The check passes when `unreviewed`, `stale` and `problems` are empty.
 * @param {string} root
 */
export function checkBreakingChanges(root) {
  /** @type {string[]} */
  const problems = [];
  const show = (file) => relative(root, file);
  const allowlist = existsSync(allowlistFile(root))
    ? readAllowlist(readFileSync(allowlistFile(root), 'utf8'))
    : { entries: [], problems: [{ entry: undefined, rule: 'file', message: 'the file is missing' }] };
  for (const { entry, rule, message } of allowlist.problems) {
    problems.push(`${show(allowlistFile(root))}: ${entry === undefined ? '' : `entry ${entry + 1}: `}${message} (rule: ${rule})`);
  }
  /** @type {{ service: string, counts: Partial<Record<ChangeType, number>> }[]} */
  const services = [];
  /** @type {ServiceChange[]} */
  const needingReview = [];
  for (const { service, bundle, baseline } of serviceFiles(root)) {
    if (!existsSync(baseline)) {
      problems.push(`${service}: no baseline ${show(baseline)}; for a new service, run \`npm run baseline -- ${service}\` once it is released`);
      continue;
    }
    if (!existsSync(bundle)) {
      problems.push(`${service}: no bundle ${show(bundle)}; run \`npm run check:breaking\`, which bundles first`);
      continue;
    }
    const changes = classifiedChanges(JSON.parse(readFileSync(baseline, 'utf8')), JSON.parse(readFileSync(bundle, 'utf8')));
    /** @type {Partial<Record<ChangeType, number>>} */
    const counts = {};
    for (const { type } of changes) counts[type] = (counts[type] ?? 0) + 1;
    services.push({ service, counts });
    needingReview.push(...changes.filter(needsReview).map((change) => ({ service, ...change })));
  }
  for (const file of orphanBaselines(root)) {
    const service = basename(file, '.json');
    problems.push(
      `${service}: baseline ${show(file)} but no service (specs/${service}/, package @cloudmq/spec-${service}); removing a service breaks its users: delete the baseline once that is reviewed and released`,
    );
  }
  const { unreviewed, stale } = applyAllowlist(needingReview, allowlist.entries);
  return { services, unreviewed, stale, problems, allowlisted: needingReview.length - unreviewed.length };
}
