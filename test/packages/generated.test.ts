// Generated client sources say so in their first line (whether they are fresh is checked by check:generated in contract/planted-changes.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVICES_UNDER_TEST } from '../support/spec.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe.each(SERVICES_UNDER_TEST)('packages/%s/src', (service) => {
  it("loads each operation's validators on its first call, not at import", () => {
    const sources = ['index.ts', 'service.ts'].map((file) => readFileSync(join(root, 'packages', service, 'src', file), 'utf8')).join('\n');
    expect(sources).not.toMatch(/^import .*validators/m);
    expect(sources).toMatch(/validators: \(\) => import\('\.\/validators\/\w+\.js'\)/);
  });

  it('marks every generated file as generated', () => {
    const src = join(root, 'packages', service, 'src');
    const files = readdirSync(src, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((entry) => entry.name)).toContain('service.ts');
    for (const file of files) {
      expect(readFileSync(join(file.parentPath, file.name), 'utf8'), file.name).toMatch(/^\/\/ Generated from specs\/.* Do not edit/);
    }
  });
});
