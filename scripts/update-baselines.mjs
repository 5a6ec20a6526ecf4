// Records the current bundles as the released baselines that `npm run check:breaking` compares against (all services, or those named).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineDir, orphanBaselines, serviceFiles } from './lib/breaking-changes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const named = process.argv.slice(2);
const services = serviceFiles(root);
const unknown = named.filter((service) => !services.some((files) => files.service === service));
if (unknown.length > 0) {
  console.error(`no such service: ${unknown.join(', ')} (services: ${services.map(({ service }) => service).join(', ')})`);
  process.exit(1);
}

mkdirSync(baselineDir(root), { recursive: true });
for (const { bundle, baseline } of services.filter(({ service }) => named.length === 0 || named.includes(service))) {
  // Pretty JSON, so that the diff of a baseline update shows what was released.
  writeFileSync(baseline, `${JSON.stringify(JSON.parse(readFileSync(bundle, 'utf8')), null, 2)}\n`);
  console.log(`wrote ${relative(root, baseline)} from ${relative(root, bundle)}`);
}
// Recording every current description also records the services that are gone.
if (named.length === 0) {
  for (const file of orphanBaselines(root)) {
    rmSync(file);
    console.log(`removed ${relative(root, file)} (no such service)`);
  }
}
