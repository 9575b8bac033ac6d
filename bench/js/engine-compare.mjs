// Our engine against graphql-js, interleaved: this process runs graphql-js and drives our side
// (`BpjsTk.Benchmarks.dll engine-worker`, kept alive and warm) over its standard input. For every case and step
// the two sides take turns in short rounds (ours first in even rounds, graphql-js first in odd ones), never at the
// same time, so both see the same machine load. Each round reports operations per second of process CPU time
// (what the work costs, whatever the other builders on the machine do) and of wall time.
// Usage: node engine-compare.mjs <BpjsTk.Benchmarks.dll> [runs=3] [rounds=8] [roundSeconds=0.25] > result.json
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, getIntrospectionQuery, parse, validate, version } from 'graphql';

const [workerDll, runs = '3', rounds = '8', roundSeconds = '0.25'] = process.argv.slice(2);
if (!workerDll) {
  console.error('Usage: node engine-compare.mjs <BpjsTk.Benchmarks.dll> [runs] [rounds] [roundSeconds]');
  process.exit(2);
}

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'BpjsTk.Benchmarks', 'Engine', 'Documents');
const read = (file) => readFileSync(join(folder, file), 'utf8');
const schema = buildSchema(read('schema.graphql'));
const rootValue = JSON.parse(read('data.json'));
const documents = {
  small: { query: read('small.graphql'), variables: undefined },
  dashboard: { query: read('dashboard.graphql'), variables: JSON.parse(read('dashboard.variables.json')) },
  introspection: { query: getIntrospectionQuery(), variables: undefined },
};

function run(query, variableValues) {
  const document = parse(query);
  const errors = validate(schema, document);
  return errors.length > 0 ? { errors } : execute({ schema, document, rootValue, variableValues });
}

// graphql-js has no document cache: its cached pipeline is execute on a parsed, validated document
const steps = {};
for (const [name, { query, variables }] of Object.entries(documents)) {
  const check = run(query, variables);
  if (check.errors?.length || typeof check.then === 'function') {
    throw new Error(`${name} does not run clean and synchronously: ${JSON.stringify(check.errors)}`);
  }
  const document = parse(query);
  steps[name] = {
    Parse: () => parse(query),
    Validate: () => validate(schema, document),
    ExecuteWithoutCache: () => run(query, variables),
    ExecuteWithCache: () => execute({ schema, document, rootValue, variableValues: variables }),
  };
}

// the same loop as EngineWorker.Measure: batches doubling while short, until the budget is spent
function measure(fn, seconds) {
  const budget = BigInt(Math.round(seconds * 1e9));
  let batch = 1;
  let operations = 0;
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) fn();
    operations += batch;
    elapsed = process.hrtime.bigint() - start;
    if (elapsed < budget / 20n) batch *= 2;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { operations, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: Number(elapsed) / 1e9 };
}

const worker = spawn('dotnet', [workerDll, 'engine-worker'], { stdio: ['pipe', 'pipe', 'inherit'] });
const answers = createInterface({ input: worker.stdout })[Symbol.asyncIterator]();
async function ours(name, step, seconds) {
  worker.stdin.write(`${name} ${step} ${seconds}\n`);
  const { value, done } = await answers.next();
  if (done) throw new Error('engine-worker stopped');
  const round = JSON.parse(value);
  return {
    operations: round.Operations,
    cpuSeconds: round.CpuSeconds,
    wallSeconds: round.WallSeconds,
    allocatedPerOperation: round.AllocatedPerOperation,
  };
}

const load = () => loadavg().map((value) => value.toFixed(2));
const result = { node: process.version, graphql: version, loadBefore: load(), runs: [] };

// warm-up: both sides' JITs settle (.NET's tiered compilation promotes hot methods after a few hundred ms)
for (const [name, byStep] of Object.entries(steps)) {
  for (const [step, fn] of Object.entries(byStep)) {
    await ours(name, step, 1);
    measure(fn, 1);
  }
}

for (let r = 0; r < Number(runs); r++) {
  const current = { loadBefore: load(), rows: [] };
  for (const [name, byStep] of Object.entries(steps)) {
    for (const [step, fn] of Object.entries(byStep)) {
      const row = { case: name, step, ours: [], theirs: [] };
      for (let round = 0; round < Number(rounds); round++) {
        if (round % 2 === 0) {
          row.ours.push(await ours(name, step, Number(roundSeconds)));
          row.theirs.push(measure(fn, Number(roundSeconds)));
        } else {
          row.theirs.push(measure(fn, Number(roundSeconds)));
          row.ours.push(await ours(name, step, Number(roundSeconds)));
        }
      }
      current.rows.push(row);
    }
  }
  current.loadAfter = load();
  result.runs.push(current);
  console.error(`run ${r + 1} of ${runs} done, load ${current.loadAfter.join(' ')}`);
}

worker.stdin.end();
result.loadAfter = load();
console.log(JSON.stringify(result));
