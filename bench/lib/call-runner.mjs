// One contender of the per-call benchmark in its own process: warm up, then sequential calls bounded in count and time; prints one JSON line.
import { CONTENDERS } from './contenders.mjs';

const [name, url, maxCalls, maxMs, warmupCalls] = process.argv.slice(2);
const contender = CONTENDERS[name];
if (!contender) throw new Error(`unknown contender ${name}`);

const call = (await contender.prepare())(url);
for (let i = 0; i < Number(warmupCalls); i++) await call();

const latenciesNs = [];
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
const deadline = started + BigInt(Number(maxMs) * 1e6);
while (latenciesNs.length < Number(maxCalls)) {
  const callStarted = process.hrtime.bigint();
  await call();
  const now = process.hrtime.bigint();
  latenciesNs.push(Number(now - callStarted));
  if (now > deadline) break;
}
const wallNs = Number(process.hrtime.bigint() - started);
const cpu = process.cpuUsage(cpuBefore);

latenciesNs.sort((a, b) => a - b);
const percentile = (p) => latenciesNs[Math.min(latenciesNs.length - 1, Math.floor((p / 100) * latenciesNs.length))] / 1e3;
const calls = latenciesNs.length;
process.stdout.write(
  `${JSON.stringify({
    calls,
    callsPerSecond: calls / (wallNs / 1e9),
    cpuMicrosecondsPerCall: (cpu.user + cpu.system) / calls,
    p50Microseconds: percentile(50),
    p99Microseconds: percentile(99),
    rssMegabytes: process.memoryUsage().rss / 2 ** 20,
  })}\n`,
);
process.exit(0);
