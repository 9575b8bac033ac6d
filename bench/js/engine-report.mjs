// Joins BenchmarkDotNet's full JSON report and engine-bench.mjs's output into the "GraphQL engine"
// section of docs/benchmarks.md. Usage: node engine-report.mjs <bdn-report.json> <js.json> <benchmarks.md> <load before> <load after>
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const [bdnFile, jsFile, docFile, loadBefore, loadAfter] = process.argv.slice(2);
const bdn = JSON.parse(readFileSync(bdnFile, 'utf8'));
const js = JSON.parse(readFileSync(jsFile, 'utf8'));
const goal = 3;

const ours = {};
for (const b of bdn.Benchmarks.filter((benchmark) => benchmark.Statistics)) {
  const name = /Case=([a-z]+)/.exec(b.Parameters)[1];
  (ours[name] ??= {})[b.Method] = {
    opsPerSecond: 1e9 / b.Statistics.Mean,
    allocated: b.Memory.BytesAllocatedPerOperation,
  };
}

const number = (value, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows = [];
let below = 0;
for (const name of Object.keys(js.results)) {
  for (const [step, theirs] of Object.entries(js.results[name])) {
    const our = ours[name]?.[step];
    if (!our) continue;
    const ratio = our.opsPerSecond / theirs;
    if (ratio < goal) below++;
    rows.push(`| ${name} | ${step} | ${number(our.opsPerSecond)} | ${number(theirs)} | ${number(ratio, 2)}x${ratio < goal ? ' (below 3x)' : ''} | ${number(our.allocated)} B |`);
  }
}

const section = `## GraphQL engine

Our engine (\`src/GraphQL\`, BenchmarkDotNet with the memory diagnoser, in-process, 5 warm-up and 15 measured
iterations) against graphql-js ${js.graphql} on Node ${js.node} (\`bench/js/engine-bench.mjs\`: warmed-up loop timed
with \`process.hrtime.bigint\`), run one after the other. Same SDL, in-memory data and documents
(\`bench/BpjsTk.Benchmarks/Engine/Documents\`): **small** (2 fields), **dashboard** (about 50 fields, two fragments, four
variables), **introspection** (our \`IntrospectionQuery.Get()\` and graphql-js's \`getIntrospectionQuery()\`).
Every field is read from the root value by the default resolvers; neither side serializes the result to JSON.

- **Parse**, **Validate**: the document alone.
- **ExecuteWithoutCache**: the whole request with the document cache off: parse, validate, operation limits,
  variable coercion, cost, execute. graphql-js: parse, validate, execute.
- **ExecuteWithCache**: the product's steady state, the parsed and validated document taken from the cache.
  graphql-js has no cache: execute on a parsed document.
- Our pipeline checks the default operation limits and static cost, which graphql-js does not; the introspection case runs
  with the cost check off, because the default cost limit (1,000) rejects the full introspection query (cost 16,424).
- graphql-js 17.1.0's \`visit\` alone (no rules) takes most of its \`validate\` time here even on the small document
  (timed apart from these runs), so the Validate and ExecuteWithoutCache ratios owe much to that.
- On this shared machine one row's ratio moved by up to 3x between runs at different loads (2026-11-22, dashboard Parse: 2.6x at
  a load of about 30, 0.7x at about 17): repeat a run before acting on a single row.

Goal: at least ${goal}x graphql-js throughput on every row. Rows below it: ${below} of ${rows.length}.

| case | step | ours ops/s | graphql-js ops/s | ratio | ours allocated/op |
| --- | --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Machine: ${cpus().length} logical CPUs (\`nproc\`), ${cpus()[0].model}, ${bdn.HostEnvironmentInfo.RuntimeVersion}, Release build.
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average (1, 5, 15 min) ${loadBefore} before and ${loadAfter} after
the run, on a machine shared with other builds: compare ratios, not absolute figures, and only at similar load.

\`\`\`sh
bench/run-engine-bench.sh
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
