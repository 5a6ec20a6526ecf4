// Generates the source of one client package (the current directory, packages/<service id>) from its bundled description, one emitter per kind of module.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { packageSources } from './lib/emit/package-sources.mjs';
import { emitReadme } from './lib/emit/readme.mjs';

const serviceId = basename(process.cwd());
const document = JSON.parse(readFileSync(resolve(`../../specs/${serviceId}/dist/openapi.json`), 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const header = `// Generated from specs/${serviceId}/openapi.yaml by scripts/generate-client.mjs. Do not edit: run \`npm run build\`.\n`;
const outDir = 'src';

const files = await packageSources(document, serviceId, version);

// src/ holds generated files only: starting empty means a file added there by hand shows up as deleted.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'validators'), { recursive: true });
for (const [file, source] of files) writeFileSync(join(outDir, file), `${header}${source}`);
// The package's README is generated too, beside src/: what npm shows for the package.
writeFileSync('README.md', `<!-- ${header.slice(3).trim()} -->\n${emitReadme(document, serviceId)}`);
