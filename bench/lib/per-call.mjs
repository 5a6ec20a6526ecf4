// Per-call cost: each contender in its own process calls a loopback server in another process, sequentially, for a bounded count and time.
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CONTENDERS } from './contenders.mjs';

const runner = fileURLToPath(new URL('./call-runner.mjs', import.meta.url));
const serverScript = fileURLToPath(new URL('./loopback-server.mjs', import.meta.url));

/** Starts the loopback server in its own process. */
async function startServer() {
  const server = spawn(process.execPath, [serverScript], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const { url } = await new Promise((resolve, reject) => {
    server.stdout.once('data', (line) => resolve(JSON.parse(line)));
    server.once('exit', (code) => reject(new Error(`loopback server exited (${code})`)));
  });
  return { url, stop: () => server.kill() };
}

/**
 * Runs every contender `rounds` times, rounds interleaved so that a noisy moment hits all of them;
 * keeps, per contender, the round with the median CPU per call.
 * @param {{ rounds: number, maxCalls: number, maxMs: number, warmupCalls: number, env: NodeJS.ProcessEnv }} options
 */
export async function measurePerCall({ rounds, maxCalls, maxMs, warmupCalls, env }) {
  const server = await startServer();
  const runs = Object.fromEntries(Object.keys(CONTENDERS).map((name) => [name, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const name of Object.keys(CONTENDERS)) {
        const { stdout } = await promisify(execFile)(process.execPath, [runner, name, server.url, String(maxCalls), String(maxMs), String(warmupCalls)], { env });
        runs[name].push(JSON.parse(stdout));
        process.stderr.write('.');
      }
    }
  } finally {
    server.stop();
  }
  process.stderr.write('\n');
  return Object.entries(runs).map(([name, results]) => {
    const median = [...results].sort((a, b) => a.cpuMicrosecondsPerCall - b.cpuMicrosecondsPerCall)[Math.floor(results.length / 2)];
    return { name, kind: CONTENDERS[name].kind, operation: CONTENDERS[name].operation, rounds: results.length, warmupCalls, maxCalls, ...median };
  });
}
