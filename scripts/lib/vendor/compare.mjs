// Compares each described operation with its entry in the vendor snapshot, and the differences with the reviewed allowlist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { operationsOf } from '@cloudmq/openapi-walk';
import { flatDescribedOperation, flatVendorOperation } from './fields.mjs';

/**
 * One difference between a description and the vendor's metadata.
 * - `operation-missing`: the vendor has no operation with our method and path (Alibaba: our action)
 * - `route-mismatch`: the vendor's operation of our action has another method or path
 * - `deprecated-mismatch`: one side marks the operation or field deprecated, the other does not
 * - `not-in-vendor`: our parameter or field is not the vendor's
 * - `location-mismatch`: our parameter is the vendor's in another place (query, path, header, body)
 * - `type-mismatch`: the types differ (our integer is within the vendor's number)
 * - `required-mismatch`: one side requires a request field, the other does not
 * - `enum-not-in-vendor`: our enum has values the vendor's does not list
 * - `enum-wider`: the vendor lists values, we accept any
 * - `left-out`: the vendor has a parameter or field we do not describe
 * @typedef {object} Difference
 * @property {string} service
 * @property {string} operation our operationId
 * @property {string} field `''` for the operation, else `path:name`, `query:name`, `a.b[].c`; answer fields start with `response:`
 * @property {string} kind
 * @property {string} detail what differs, for people
 */

/** The kinds of difference, as listed above. */
export const KINDS = [
  'operation-missing',
  'route-mismatch',
  'deprecated-mismatch',
  'not-in-vendor',
  'location-mismatch',
  'type-mismatch',
  'required-mismatch',
  'enum-not-in-vendor',
  'enum-wider',
  'left-out',
];

/**
 * Every difference between one service's description and its vendor snapshot, and its coverage.
 * @param {string} service
 * @param {any} document the bundled description
 * @param {import('./snapshot-format.mjs').VendorSnapshot} snapshot
 * @returns {{ differences: Difference[], described: number, vendorOperations: number }}
 */
export function compareService(service, document, snapshot) {
  const differences = [];
  const described = operationsOf(document);
  for (const entry of described) {
    const difference = (field, kind, detail) => differences.push({ service, operation: entry.operationId, field, kind, detail });
    const method = entry.method.toUpperCase();
    const action = entry.operation['x-cloudmq-action'];
    const vendor = action ? snapshot.operations.find((o) => o.name === action) : snapshot.operations.find((o) => o.method === method && o.path === entry.path);
    if (!vendor) {
      difference('', 'operation-missing', action ? `the vendor has no action ${action}` : `the vendor has no ${method} ${entry.path}`);
      continue;
    }
    if (vendor.method !== method || vendor.path !== entry.path) difference('', 'route-mismatch', `ours ${method} ${entry.path}, the vendor's ${vendor.method} ${vendor.path}`);
    if ((entry.operation.deprecated === true) !== vendor.deprecated)
      difference('', 'deprecated-mismatch', `deprecated: ours ${entry.operation.deprecated === true}, the vendor's ${vendor.deprecated}`);
    const ours = flatDescribedOperation(document, entry);
    const theirs = flatVendorOperation(vendor);
    compareFields(ours.request, theirs.request, '', { required: true, enums: true }, difference);
    compareFields(ours.response, theirs.response, 'response:', { required: false, enums: false }, difference);
  }
  return { differences, described: described.length, vendorOperations: snapshot.operations.length };
}

/**
 * Compares two flattened field maps. Answers are compared without required-ness (the SDKs mark
 * almost every answer field optional) and without enums (a narrower enum of ours would only
 * refuse an answer, which the clients do not validate).
 */
function compareFields(ours, theirs, prefix, { required, enums }, difference) {
  const reported = [];
  const underReported = (key) => reported.some((parent) => key.startsWith(`${parent}.`) || key.startsWith(`${parent}[].`));
  for (const [key, facts] of ours) {
    if (underReported(key)) continue;
    const vendor = theirs.get(key);
    if (!vendor) {
      const elsewhere = [...theirs.keys()].find((other) => nameOf(other) === nameOf(key) && isTopLevel(other) && isTopLevel(key));
      if (elsewhere) difference(`${prefix}${key}`, 'location-mismatch', `ours ${placeOf(key)}, the vendor's ${placeOf(elsewhere)}`);
      else difference(`${prefix}${key}`, 'not-in-vendor', `the vendor has no ${key}`);
      reported.push(key);
      continue;
    }
    if (!typesAgree(facts.type, vendor.type)) difference(`${prefix}${key}`, 'type-mismatch', `ours ${facts.type}, the vendor's ${vendor.type}`);
    if (required && facts.required !== vendor.required)
      difference(`${prefix}${key}`, 'required-mismatch', `ours ${facts.required ? 'required' : 'optional'}, the vendor's ${vendor.required ? 'required' : 'optional'}`);
    if (facts.deprecated !== vendor.deprecated) difference(`${prefix}${key}`, 'deprecated-mismatch', `deprecated: ours ${facts.deprecated}, the vendor's ${vendor.deprecated}`);
    if (enums && vendor.enum) {
      if (!facts.enum) difference(`${prefix}${key}`, 'enum-wider', `the vendor lists ${JSON.stringify(vendor.enum)}, ours any value`);
      else {
        const extra = facts.enum.filter((value) => !vendor.enum.includes(value));
        if (extra.length > 0) difference(`${prefix}${key}`, 'enum-not-in-vendor', `ours also ${JSON.stringify(extra)}; the vendor lists ${JSON.stringify(vendor.enum)}`);
      }
    }
  }
  const leftOut = [];
  for (const key of theirs.keys()) {
    if (ours.has(key) || leftOut.some((parent) => key.startsWith(`${parent}.`) || key.startsWith(`${parent}[].`))) continue;
    // A parameter of ours in another place was reported as such.
    if ([...ours.keys()].some((other) => nameOf(other) === nameOf(key) && isTopLevel(other) && isTopLevel(key))) continue;
    leftOut.push(key);
    difference(`${prefix}${key}`, 'left-out', `we do not describe the vendor's ${key}`);
  }
}

/** Our integer is within the vendor's number (Huawei's SDK types every number `number`); an untyped side agrees with anything. */
function typesAgree(ours, vendor) {
  return ours === undefined || vendor === undefined || ours === vendor || (ours === 'integer' && vendor === 'number');
}

const nameOf = (key) => key.replace(/^(path|query|header):/, '');
const placeOf = (key) => /^(path|query|header):/.exec(key)?.[1] ?? 'body';
/** A parameter, or a top-level body field: the places a parameter may have moved between. */
const isTopLevel = (key) => !/[.[]/.test(nameOf(key));

/**
 * A reviewed difference, with why users can live with it and where that comes from.
 * @typedef {{ service: string, operation: string, field: string, kind: string, reason: string, source: string }} AllowlistEntry
 */

/** The allowlist of reviewed differences, `specs/vendor/allowlist.yaml`. */
export function allowlistFile(root) {
  return join(root, 'specs', 'vendor', 'allowlist.yaml');
}

/** The snapshot of a service, `specs/vendor/<service id>.json`. */
export function snapshotFile(root, service) {
  return join(root, 'specs', 'vendor', `${service}.json`);
}

/**
 * Splits the differences into reviewed and unreviewed ones, and finds the allowlist entries that
 * match nothing (stale) or break the entry rules (problems).
 * @param {Difference[]} differences
 * @param {AllowlistEntry[]} entries
 */
export function reviewDifferences(differences, entries) {
  const keyOf = (d) => `${d.service} ${d.operation} ${d.kind} ${d.field}`;
  const problems = [];
  for (const entry of entries) {
    for (const name of ['service', 'operation', 'kind', 'reason', 'source']) if (typeof entry[name] !== 'string') problems.push(`${keyOf(entry)}: ${name} is missing`);
    if (typeof entry.field !== 'string') problems.push(`${keyOf(entry)}: field is missing (use '' for the operation)`);
    if (!KINDS.includes(entry.kind)) problems.push(`${keyOf(entry)}: kind must be one of ${KINDS.join(', ')}`);
    if (typeof entry.reason === 'string' && entry.reason.trim().length < 20) problems.push(`${keyOf(entry)}: the reason must say why, in at least 20 characters`);
  }
  const allowed = new Set(entries.map(keyOf));
  const found = new Set(differences.map(keyOf));
  return {
    unreviewed: differences.filter((d) => !allowed.has(keyOf(d))),
    reviewed: differences.filter((d) => allowed.has(keyOf(d))),
    stale: entries.filter((entry) => !found.has(keyOf(entry))),
    problems,
  };
}

/**
 * Runs the whole check on the repository at `root`: every service's bundle against its snapshot.
 * @param {string} root
 * @param {readonly string[]} services
 */
export function checkVendor(root, services) {
  const results = services.map((service) => {
    const document = JSON.parse(readFileSync(join(root, 'specs', service, 'dist', 'openapi.json'), 'utf8'));
    const snapshot = JSON.parse(readFileSync(snapshotFile(root, service), 'utf8'));
    return { service, snapshot, ...compareService(service, document, snapshot) };
  });
  return {
    results,
    ...reviewDifferences(
      results.flatMap((result) => result.differences),
      readAllowlist(root),
    ),
  };
}

/**
 * The reviewed differences of the allowlist.
 * @param {string} root
 * @returns {AllowlistEntry[]}
 */
export function readAllowlist(root) {
  return YAML.parse(readFileSync(allowlistFile(root), 'utf8'))?.differences ?? [];
}
