// Generated client sources say so in their first line (whether they are fresh is checked by check:generated in contract/planted-changes.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../support/spec.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe.each(SERVICE_IDS)('packages/%s/src', (service) => {
  it('marks every generated file as generated', () => {
    for (const file of readdirSync(join(root, 'packages', service, 'src'))) {
      expect(readFileSync(join(root, 'packages', service, 'src', file), 'utf8')).toMatch(/^\/\/ Generated from specs\/.* Do not edit/);
    }
  });
});
