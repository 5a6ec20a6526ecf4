// `npm run check:vendor`: every described operation against the vendors' metadata (specs/vendor/); fails on a difference the allowlist does not name.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { allowlistFile, checkVendor } from './lib/vendor/compare.mjs';
import { SERVICE_IDS } from './lib/services.mjs';
import { coverageTable } from './lib/vendor/coverage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const allowlist = relative(root, allowlistFile(root));
const { results, unreviewed, reviewed, stale, problems } = checkVendor(root, SERVICE_IDS);

console.log(coverageTable(results));
console.log(`\n${reviewed.length} reviewed difference(s) in ${allowlist}.`);
if (unreviewed.length > 0) {
  console.log(`\n${unreviewed.length} difference(s) from the vendors' metadata not in ${allowlist}:`);
  for (const { service, operation, field, kind, detail } of unreviewed) console.log(`  ${service} ${operation} ${field || '(operation)'}: ${kind}: ${detail}`);
  console.log(`\nFix the description, or, if the difference is right, add an entry saying why (at least 20 characters) and on which source it rests:`);
  const entries = unreviewed.map(({ service, operation, field, kind }) => ({ service, operation, field, kind, reason: 'TODO', source: 'TODO' }));
  console.log(YAML.stringify(entries, { lineWidth: 0 }).replace(/^/gm, '  ').trimEnd());
}
if (stale.length > 0) {
  console.log(`\n${stale.length} allowlist entr${stale.length === 1 ? 'y matches' : 'ies match'} no difference any more; remove it from ${allowlist}:`);
  for (const { service, operation, field, kind } of stale) console.log(`  ${service} ${operation} ${field || '(operation)'}: ${kind}`);
}
if (problems.length > 0) {
  console.log(`\n${problems.length} malformed allowlist entr${problems.length === 1 ? 'y' : 'ies'}:`);
  for (const problem of problems) console.log(`  ${problem}`);
}
if (unreviewed.length + stale.length + problems.length > 0) process.exit(1);
console.log('No unreviewed difference.');
