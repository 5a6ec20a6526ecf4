// `npm run bench`: measures pipeline, footprint, cold import and per-call cost against the official SDKs in one run; writes bench/results/latest.json and BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureFootprint } from './lib/footprint.mjs';
import { measureImportTime } from './lib/import-time.mjs';
import { buildSyntheticClient } from './lib/synthetic-client.mjs';
import { measurePerCall } from './lib/per-call.mjs';
import { measurePipeline } from './lib/pipeline.mjs';
import { renderReport, targetsOf } from './lib/report.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const SECTIONS = ['import', 'per-call', 'footprint', 'pipeline'];
const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
const selected = values.only ?? SECTIONS;
for (const section of selected) if (!SECTIONS.includes(section)) throw new Error(`--only takes ${SECTIONS.join(', ')}`);

/** Operations added to the synthetic client: import cost must not grow with them. */
const SYNTHETIC_OPERATIONS = 200;
const scratch = mkdtempSync(join(tmpdir(), 'cloudmq-bench-'));
// Telemetry off everywhere; the Huawei SDK writes ~/.huaweicloud, so HOME is a scratch folder.
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off', HOME: scratch };
const step = (name) => process.stderr.write(`bench: ${name}...\n`);

const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` },
};
try {
  // The timing-sensitive sections run first, on a built tree and a quiet machine; the pipeline's
  // cold build runs last and leaves everything built again.
  step('build (cached)');
  execFileSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'ignore' });
  // Import cost and per-call cost must not grow with the operations a client describes.
  const synthetic = selected.includes('import') || selected.includes('per-call') ? await buildSyntheticClient(root, SYNTHETIC_OPERATIONS) : undefined;
  if (selected.includes('import')) {
    step('cold import (30 processes per package; a synthetic client of 200 more operations included)');
    results.importTime = measureImportTime({ runs: 30, cwd: root, env, extra: [[`synthetic client, ${SYNTHETIC_OPERATIONS} operations`, 'ours', synthetic]] });
  }
  if (selected.includes('per-call')) {
    step('per-call cost (3 rounds per contender)');
    // Warm-up long enough that the floor itself stops improving (steady state), as issue 14 asks.
    results.perCall = await measurePerCall({ rounds: 3, maxCalls: 6000, maxMs: 10000, warmupCalls: 3000, env: { ...env, CLOUDMQ_BENCH_SYNTHETIC_CLIENT: synthetic } });
  }
  if (selected.includes('footprint')) {
    step('footprint (fresh installs)');
    results.footprint = measureFootprint({ scratch });
  }
  if (selected.includes('pipeline')) {
    step('pipeline (cold, cached and edited builds)');
    results.pipeline = measurePipeline({ env });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

results.targets = targetsOf(results);
const report = renderReport(results);
process.stdout.write(report);
// A partial run (--only) is for working on one section; the committed results come from full runs.
if (!values.only) {
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(root, 'BENCHMARKS.md'), report);
}
