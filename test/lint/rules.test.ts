// Each house lint rule (specs/lint/rules/<rule>.yaml) fires on its broken fixture and stays quiet on the clean one.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { VENDORS } from '../../scripts/lib/vendors.mjs';

const lintDir = fileURLToPath(new URL('../../specs/lint/', import.meta.url));
const spectralBin = fileURLToPath(new URL('../../node_modules/.bin/spectral', import.meta.url));

interface SpectralRun {
  exitCode: number;
  codes: string[];
}

async function spectral(fixture: string): Promise<SpectralRun> {
  const args = ['lint', `${lintDir}fixtures/${fixture}`, '--ruleset', `${lintDir}spectral.yaml`, '--fail-severity', 'warn', '--format', 'json', '--quiet'];
  const { stdout, exitCode } = await promisify(execFile)(spectralBin, args).then(
    ({ stdout }) => ({ stdout, exitCode: 0 }),
    (error: { stdout: string; code: number }) => ({ stdout: error.stdout, exitCode: error.code }),
  );
  return { exitCode, codes: (JSON.parse(stdout || '[]') as { code: string }[]).map((result) => result.code) };
}

const ruleNames = readdirSync(`${lintDir}rules`).map((file) => file.replace(/\.yaml$/, ''));
const cases: [string, { given: string; want: string }][] = ruleNames.map((rule) => [rule, { given: `${rule}.yaml`, want: `cloudmq-${rule}` }]);

describe('house lint rules', () => {
  it('has a rule for each concern the project names', () => {
    expect(ruleNames.sort()).toEqual([
      'huawei-path-version',
      'info-vendor',
      'operation-4xx-response',
      'operation-operation-id',
      'operation-paginated',
      'operation-request-example',
      'operation-summary',
      'operation-tags',
      'request-property-description',
      'secret-property-write-only',
    ]);
  });

  it('allows exactly the vendors the scripts know', () => {
    const rule = YAML.parse(readFileSync(`${lintDir}rules/info-vendor.yaml`, 'utf8')).rules['cloudmq-info-vendor'];
    const allowed = rule.then.find((check: { function: string }) => check.function === 'enumeration').functionOptions.values;
    expect([...allowed].sort()).toEqual(Object.keys(VENDORS).sort());
  });

  it.concurrent('passes the clean fixture', async () => {
    expect(await spectral('clean.yaml')).toEqual({ exitCode: 0, codes: [] });
  });

  it.concurrent.each(cases)('%s fails lint on its broken fixture', async (_, { given, want }) => {
    const run = await spectral(given);
    expect(run.exitCode).not.toBe(0);
    expect(run.codes).toContain(want);
  });
});
