// Generates the source of one client package (the current directory, packages/<service id>) from its bundled description, one emitter per kind of module.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { emitIndex } from './lib/emit/index-module.mjs';
import { emitReadme } from './lib/emit/readme.mjs';
import { emitService } from './lib/emit/service.mjs';
import { emitTypes } from './lib/emit/types.mjs';
import { emitValidators } from './lib/emit/validators.mjs';

const serviceId = basename(process.cwd());
const document = JSON.parse(readFileSync(resolve(`../../specs/${serviceId}/dist/openapi.json`), 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const header = `// Generated from specs/${serviceId}/openapi.yaml by scripts/generate-client.mjs. Do not edit: run \`npm run build\`.\n`;
const outDir = 'src';

const files = new Map([
  ['schema.d.ts', await emitTypes(document)],
  ...[...emitValidators(document, serviceId)].map(([file, source]) => [join('validators', file), source]),
  ['service.ts', emitService(document, serviceId, version)],
  ['index.ts', emitIndex(document, serviceId)],
]);

// src/ holds generated files only: starting empty means a file added there by hand shows up as deleted.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'validators'), { recursive: true });
for (const [file, source] of files) writeFileSync(join(outDir, file), `${header}${source}`);
// The package's README is generated too, beside src/: what npm shows for the package.
writeFileSync('README.md', `<!-- ${header.slice(3).trim()} -->\n${emitReadme(document, serviceId)}`);
