// Turns engine-compare.mjs's output into the "GraphQL engine" section of docs/benchmarks.md.
// Usage: node engine-report.mjs <compare.json> <benchmarks.md> <runtime description>
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const [compareFile, docFile, runtime] = process.argv.slice(2);
const compare = JSON.parse(readFileSync(compareFile, 'utf8'));
const goal = 3;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const perCpuSecond = (round) => round.operations / round.cpuSeconds;
const perWallSecond = (round) => round.operations / round.wallSeconds;
const number = (value, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const rows = [];
let below = 0;
for (const first of compare.runs[0].rows) {
  const all = compare.runs.map((run) => run.rows.find((row) => row.case === first.case && row.step === first.step));
  const ratios = all.map((row) => median(row.ours.map(perCpuSecond)) / median(row.theirs.map(perCpuSecond)));
  const wallRatios = all.map((row) => median(row.ours.map(perWallSecond)) / median(row.theirs.map(perWallSecond)));
  const ours = median(all.flatMap((row) => row.ours.map(perCpuSecond)));
  const theirs = median(all.flatMap((row) => row.theirs.map(perCpuSecond)));
  const allocated = median(all.flatMap((row) => row.ours.map((round) => round.allocatedPerOperation)));
  const ratio = median(ratios);
  if (ratio < goal) below++;
  rows.push(`| ${first.case} | ${first.step} | ${number(ours)} | ${number(theirs)} | ${number(ratio, 2)}x${ratio < goal ? ' (below 3x)' : ''} `
    + `| ${number(Math.min(...ratios), 2)}-${number(Math.max(...ratios), 2)}x | ${number(median(wallRatios), 2)}x | ${number(allocated)} B |`);
}

const runs = compare.runs.length;
const rounds = compare.runs[0].rows[0].ours.length;
const loads = compare.runs.map((run, i) => `run ${i + 1}: ${run.loadBefore[0]} to ${run.loadAfter[0]}`).join('; ');
const section = `## GraphQL engine

Our engine (\`src/GraphQL\`, Release build) against graphql-js ${compare.graphql} on Node ${compare.node}, interleaved by
\`bench/js/engine-compare.mjs\`: it runs graphql-js itself and drives our side (\`BpjsTk.Benchmarks.dll engine-worker\`,
one process kept warm) over a pipe. After a one-second warm-up of every step on both sides, each step runs in
${rounds} alternating rounds per side (ours first in even rounds, graphql-js first in odd ones, never both at once), and the
whole set is repeated ${runs} times. A round's throughput is operations per second of **process CPU time** (user and
system, every thread: garbage collectors and compilers included), which the other builds sharing this machine
disturb far less than wall time; the wall-time ratio is shown beside it.

Same SDL, in-memory data and documents (\`bench/BpjsTk.Benchmarks/Engine/Documents\`): **small** (2 fields),
**dashboard** (about 50 fields, two fragments, four variables), **introspection** (our \`IntrospectionQuery.Get()\` and
graphql-js's \`getIntrospectionQuery()\`). Every field is read from the root value by the default resolvers; neither
side serializes the result to JSON.

- **Parse**, **Validate**: the document alone.
- **ExecuteWithoutCache**: the whole request with the document cache off: parse, validate, operation limits,
  variable coercion, cost, execute. graphql-js: parse, validate, execute.
- **ExecuteWithCache**: the product's steady state, the parsed and validated document taken from the cache.
  graphql-js has no cache: execute on a parsed document.
- Our pipeline checks the default operation limits and static cost, which graphql-js does not; the introspection case runs
  with the cost check off, because the default cost limit (1,000) rejects the full introspection query (cost 16,424).
- graphql-js 17.1.0's \`visit\` alone (no rules) takes most of its \`validate\` time here even on the small document,
  so the Validate and ExecuteWithoutCache ratios owe much to that.

Goal: at least ${goal}x graphql-js throughput on every row. Rows below it (median ratio): ${below} of ${rows.length}.

| case | step | ours ops/CPU-s | graphql-js ops/CPU-s | ratio (median of ${runs} runs) | spread over runs | ratio by wall time | ours allocated/op |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Ops/CPU-s columns: the median round over all runs. Ratio: each run's median round of ours over its median round of
graphql-js's; the table gives the median and the range of the ${runs} runs. Allocated: bytes per operation from
\`GC.GetTotalAllocatedBytes\` over each round. \`BpjsTk.Benchmarks.dll engine\` runs the same steps under
BenchmarkDotNet (memory diagnoser, wall time) for work on one engine alone.

Machine: ${cpus().length} logical CPUs (\`nproc\`), ${cpus()[0].model.trim()}, ${runtime}.
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on a machine shared with other builds; 1-minute load
average ${loads}.

\`\`\`sh
bench/run-engine-bench.sh            # 3 runs of 8 rounds of 0.25 s; bench/run-engine-bench.sh RUNS ROUNDS SECONDS
\`\`\`
`;

const doc = readFileSync(docFile, 'utf8');
const start = doc.indexOf('## GraphQL engine');
let updated;
if (start < 0) {
  updated = `${doc.trimEnd()}\n\n${section}`;
} else {
  const next = doc.indexOf('\n## ', start + 1);
  updated = doc.slice(0, start) + section + (next < 0 ? '' : `\n${doc.slice(next + 1)}`);
}
writeFileSync(docFile, updated);
console.log(rows.join('\n'));
