// The production mix against a running API: 70% dashboard queries, 25% membership checks and 5% imports
// (recordCoverageFigures batches), each its own autocannon instance at a fixed rate so the mix is exact and
// every operation gets its own latency percentiles. Writes acknowledged imports to a file for the caller to
// check against the database afterwards.
//   node bench/load/mix.mjs --url http://127.0.0.1:5093/graphql --key <api key> --niks niks.txt
//     --offices offices.txt --duration 300 --rate 100 --rows 10 --acknowledged acknowledged.txt --run <id> [--first-slot 0]
//     [--json summary.json] [--failures failed.jsonl]
import autocannon from 'autocannon';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    key: { type: 'string' },
    niks: { type: 'string' },
    offices: { type: 'string' },
    duration: { type: 'string', default: '300' },
    rate: { type: 'string', default: '100' },
    rows: { type: 'string', default: '10' },
    acknowledged: { type: 'string' },
    run: { type: 'string', default: String(Date.now()) },
    json: { type: 'string' },
    'first-slot': { type: 'string', default: '0' },
    failures: { type: 'string' },
  },
});
for (const required of ['url', 'key', 'niks', 'offices', 'acknowledged']) {
  if (!options[required]) {
    console.error(`missing --${required}`);
    process.exit(2);
  }
}

const duration = Number(options.duration);
const rate = Number(options.rate);
const rowsPerImport = Number(options.rows);
const niks = readFileSync(options.niks, 'utf8').split('\n').filter(Boolean);
const offices = readFileSync(options.offices, 'utf8').split('\n').filter(Boolean);
const headers = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
  authorization: `Bearer ${options.key}`,
};

// The five dashboard queries of docs/reporting.md, with periods that hold the medium synthetic data's figures.
const dashboards = [
  `{ coverage(groupBy: [REGION, PERIOD], where: { from: "2024", to: "2024" }, order: [{ field: ACTIVE_PARTICIPANTS, direction: DESC }]) {
      items { region { code name } period activeParticipants potentialWorkforce coverageRate sources { publisher } } } }`,
  `{ coverage(groupBy: [BRANCH, PERIOD], granularity: MONTH, where: { branchCodes: ["KC-JEMBER"], categories: [BPU], from: "2024-01", to: "2025-12" }, order: [{ field: PERIOD }]) {
      items { branch { code } period activeParticipants target targetAttainment changeFromPreviousPeriod { previousPeriod absolute relative } } } }`,
  `{ coverage(groupBy: [REGENCY, CATEGORY, PERIOD], where: { categories: [BPU], from: "2024", to: "2024" }, order: [{ field: COVERAGE_GAP, direction: DESC }], take: 10) {
      items { regency { code name } category period potentialWorkforce activeParticipants coverageGap coverageRate } } }`,
  `{ partnerPrograms(first: 50) { nodes { code kind partner { name } enrolledParticipants } } }`,
  `{ coverage(groupBy: [BRANCH, CATEGORY, PERIOD], where: { from: "2024", to: "2024" }, order: [{ field: TARGET_ATTAINMENT, direction: DESC }], take: 50) {
      items { branch { code name } category period activeParticipants target targetAttainment } } }`,
].map((query) => JSON.stringify({ query }));

const membership = 'query($nik: String!) { membership(nik: $nik, purpose: "LOAD-MIX") { status category programs paidThrough memberSince } }';
const importMutation = `mutation($input: RecordCoverageFiguresInput!) {
  recordCoverageFigures(input: $input) { summary { inserted updated unchanged } errors { ... on ValidationError { code field message } } } }`;

// Import keys never repeat within a run: office x month (2000-01 .. 2012-12, before the synthetic figures) x category.
const categories = ['PU', 'BPU', 'JAKON', 'PMI'];
const months = [];
for (let year = 2000; year <= 2012; year++) {
  for (let month = 1; month <= 12; month++) months.push(`${year}-${String(month).padStart(2, '0')}`);
}
// Runs against one database take disjoint slots (--first-slot), or a later run would overwrite an earlier one's rows.
let nextSlot = Number(options['first-slot']);
const acknowledged = [];
const failures = new Map();
const firstMessages = new Map();

function importBody(context) {
  const rows = [];
  for (let i = 0; i < rowsPerImport; i++) {
    const slot = nextSlot++;
    const office = offices[slot % offices.length];
    const rest = Math.floor(slot / offices.length);
    const category = categories[rest % categories.length];
    const period = months[Math.floor(rest / categories.length) % months.length];
    rows.push({
      officeCode: office,
      period,
      category,
      sourceCode: 'SYNTHETIC-MEDIUM-SEED-42',
      activeParticipants: 1000 + (slot % 9000),
      note: `load ${options.run} ${slot}`,
    });
  }
  context.notes = rows.map((row) => row.note);
  return JSON.stringify({ query: importMutation, variables: { input: { rows } } });
}

// Every failed request with its body and the answer, for tracing a failure back to its input (the NIKs are synthetic).
const failedRequests = [];

function recordFailure(operation, status, body, request) {
  let code = `HTTP ${status}`;
  let message = body.slice(0, 300);
  try {
    const parsed = JSON.parse(body);
    const error = parsed.errors?.[0] ?? parsed.data?.recordCoverageFigures?.errors?.[0];
    if (!error && parsed.data) code = 'no summary';
    if (error) {
      code = error.extensions?.code ?? error.code ?? error.message;
      message = error.message;
    }
  } catch {
    // not JSON: the status says it
  }
  const key = `${operation}: ${code}`;
  failures.set(key, (failures.get(key) ?? 0) + 1);
  if (!firstMessages.has(key)) firstMessages.set(key, message);
  failedRequests.push(JSON.stringify({ operation, status, request, response: body.slice(0, 2000) }));
}

function instance(name, share, makeRequest, isSuccess) {
  const opRate = Math.max(1, Math.round(rate * share));
  return autocannon({
    url: options.url,
    method: 'POST',
    duration,
    connections: Math.max(1, Math.min(32, Math.ceil(opRate / 5))),
    overallRate: opRate,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers,
        setupRequest: (request, context) => {
          context.body = makeRequest(context);
          return { ...request, body: context.body };
        },
        onResponse: (status, body, context) => {
          if (!isSuccess(status, body, context)) recordFailure(name, status, body, context.body);
        },
      },
    ],
  }).then((result) => ({ name, rate: opRate, result }));
}

let dashboardIndex = 0;
let nikIndex = 0;
// Success: 200 with no request or field error, and for an import a written summary (its payload errors empty).
function answer(status, body) {
  if (status !== 200) return null;
  try {
    const parsed = JSON.parse(body);
    return parsed.errors?.length ? null : parsed;
  } catch {
    return null;
  }
}
const ok = (status, body) => answer(status, body) !== null;
const started = Date.now();
const results = await Promise.all([
  instance('dashboard', 0.7, () => dashboards[dashboardIndex++ % dashboards.length], ok),
  instance('membership', 0.25, () => JSON.stringify({ query: membership, variables: { nik: niks[nikIndex++ % niks.length] } }), ok),
  instance('import', 0.05, importBody, (status, body, context) => {
    const payload = answer(status, body)?.data?.recordCoverageFigures;
    if (!payload?.summary || payload.errors?.length) return false;
    acknowledged.push(...context.notes);
    return true;
  }),
]);

writeFileSync(options.acknowledged, acknowledged.join('\n') + (acknowledged.length ? '\n' : ''));
const summary = {
  seconds: Math.round((Date.now() - started) / 1000),
  operations: results.map(({ name, rate: opRate, result }) => ({
    name,
    targetRate: opRate,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  })),
  failures: Object.fromEntries(failures),
  firstMessages: Object.fromEntries(firstMessages),
  acknowledgedRows: acknowledged.length,
};
if (options.json) writeFileSync(options.json, JSON.stringify(summary, null, 2));
if (options.failures) writeFileSync(options.failures, failedRequests.map((line) => line + '\n').join(''));
console.log(JSON.stringify(summary, null, 2));
