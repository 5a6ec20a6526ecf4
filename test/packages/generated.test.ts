// Generated client sources are committed: regenerating them from the current descriptions must change nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../support/spec.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cloudmq-generated-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(SERVICE_IDS)('packages/%s/src', (service) => {
  it('is what the generator makes of the current description', () => {
    const fresh = join(scratch, service);
    execFileSync('node', [join(root, 'scripts/generate-client.mjs'), '--out', fresh], { cwd: join(root, 'packages', service) });
    const committed = join(root, 'packages', service, 'src');
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort());
    for (const file of readdirSync(fresh)) {
      expect(readFileSync(join(committed, file), 'utf8'), `${service}/src/${file} differs from a fresh generation: run npm run build`).toBe(readFileSync(join(fresh, file), 'utf8'));
    }
  });

  it('marks every generated file as generated', () => {
    for (const file of readdirSync(join(root, 'packages', service, 'src'))) {
      expect(readFileSync(join(root, 'packages', service, 'src', file), 'utf8')).toMatch(/^\/\/ Generated from specs\/.* Do not edit/);
    }
  });
});
