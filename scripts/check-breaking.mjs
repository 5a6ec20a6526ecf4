// Fails on a breaking change between the released baselines and the current bundles that the allowlist does not name with a reason.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { allowlistFile, baselineDir, checkBreakingChanges } from './lib/breaking-changes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const allowlist = relative(root, allowlistFile(root));
const { services, unreviewed, stale, problems, allowlisted } = checkBreakingChanges(root);

console.log(`Changes since the baselines (${relative(root, baselineDir(root))}/):`);
const width = Math.max(0, ...services.map(({ service }) => service.length));
for (const { service, counts } of services) {
  const summary = Object.entries(counts)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  console.log(`  ${service.padEnd(width)}  ${summary || 'no changes'}`);
}

if (unreviewed.length > 0) {
  console.log(`\n${unreviewed.length} breaking change(s) not in ${allowlist}:`);
  for (const { service, action, pointer, description } of unreviewed) console.log(`  ${service}  ${action}  ${pointer}  ${description}`);
  console.log(`\nRevert the change, or, if users can live with it, add an entry to ${allowlist} whose reason (at least 20 characters) says why:`);
  const entries = unreviewed.map(({ service, action, pointer }) => ({ service, action, pointer, reason: 'TODO' }));
  console.log(YAML.stringify(entries, { lineWidth: 0 }).replace(/^/gm, '  ').trimEnd());
  console.log('Once the change is released, run `npm run baseline` and remove its entries from the allowlist.');
}
if (stale.length > 0) {
  console.log(`\n${stale.length} allowlist entr${stale.length === 1 ? 'y matches' : 'ies match'} no current change (reverted, or released with \`npm run baseline\`); remove it from ${allowlist}:`);
  for (const { service, action, pointer } of stale) console.log(`  ${service}  ${action}  ${pointer}`);
}
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const problem of problems) console.log(`  ${problem}`);
}

if (unreviewed.length > 0 || stale.length > 0 || problems.length > 0) process.exit(1);
console.log(`\nNo unreviewed breaking change${allowlisted > 0 ? ` (${allowlisted} reviewed in ${allowlist})` : ''}.`);
