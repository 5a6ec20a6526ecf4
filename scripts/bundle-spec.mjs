// Bundles the description in the current directory (one spec package) into dist/openapi.{yaml,json}.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const config = fileURLToPath(new URL('../specs/lint/redocly.yaml', import.meta.url));
mkdirSync('dist', { recursive: true });
// Schemas are named after their `title` (PascalCase), so the bundle and the generated types read
// `CreateInstanceRequest`, not the file name; a clash between two titles fails the bundle.
const bundleArgs = ['--component-names-strategy', 'title', '--component-renaming-conflicts-severity', 'error'];
execFileSync('redocly', ['bundle', 'openapi.yaml', '--config', config, ...bundleArgs, '--output', 'dist/openapi.yaml'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
const bundled = YAML.parse(readFileSync('dist/openapi.yaml', 'utf8'));
writeFileSync('dist/openapi.json', `${JSON.stringify(bundled, null, 2)}\n`);
