// graphql-js's side of the engine benchmarks: the same schema, data and documents as
// bench/BpjsTk.Benchmarks/Engine, timed with a warmed-up loop; prints one JSON object of ops/s per case.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, getIntrospectionQuery, parse, validate } from 'graphql';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'BpjsTk.Benchmarks', 'Engine', 'Documents');
const read = (file) => readFileSync(join(folder, file), 'utf8');
const seconds = Number(process.env.ENGINE_BENCH_SECONDS ?? 3);

const schema = buildSchema(read('schema.graphql'));
const rootValue = JSON.parse(read('data.json'));
const cases = {
  small: { query: read('small.graphql'), variables: undefined },
  dashboard: { query: read('dashboard.graphql'), variables: JSON.parse(read('dashboard.variables.json')) },
  introspection: { query: getIntrospectionQuery(), variables: undefined },
};

function run(query, variableValues) {
  const document = parse(query);
  const errors = validate(schema, document);
  return errors.length > 0 ? { errors } : execute({ schema, document, rootValue, variableValues });
}

// runs fn in batches until the time is up; returns operations per second
function measure(fn, budgetSeconds) {
  let batch = 1;
  const budget = BigInt(Math.round(budgetSeconds * 1e9));
  const start = process.hrtime.bigint();
  let operations = 0;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) fn();
    operations += batch;
    elapsed = process.hrtime.bigint() - start;
    if (elapsed < budget / 20n) batch *= 2;
  }
  return operations / (Number(elapsed) / 1e9);
}

const results = {};
for (const [name, { query, variables }] of Object.entries(cases)) {
  const document = parse(query);
  const check = run(query, variables);
  if (check.errors?.length || typeof check.then === 'function') {
    throw new Error(`${name} does not run clean and synchronously: ${JSON.stringify(check.errors)}`);
  }

  // graphql-js has no document cache: the cached pipeline is execute on a parsed, validated document
  const operations = {
    Parse: () => parse(query),
    Validate: () => validate(schema, document),
    ExecuteWithoutCache: () => run(query, variables),
    ExecuteWithCache: () => execute({ schema, document, rootValue, variableValues: variables }),
  };
  results[name] = {};
  for (const [operation, fn] of Object.entries(operations)) {
    measure(fn, Math.max(0.5, seconds / 3));
    results[name][operation] = measure(fn, seconds);
  }
}

console.log(JSON.stringify({ node: process.version, graphql: (await import('graphql')).version, results }, null, 2));
