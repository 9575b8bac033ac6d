// graphql-js 17's verdict and result for every case of the differential corpus, in one process.
// usage: node differential.mjs <schema.graphql> <root.json> <cases.json>
// prints {"<case>": {"syntaxError": e} | {"validationErrors": [e]} | {"result": {"errors"?: [e], "data"?: ...}}}
// Resolver conventions shared with the engine's side: a field reads the parent's property of its name;
// {"__error": m} throws an Error with message m; {"__echoArgs": true} answers the field's arguments as JSON.
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, validate } from 'graphql';

const [schemaFile, rootFile, casesFile] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
const root = JSON.parse(readFileSync(rootFile, 'utf8'));
const cases = JSON.parse(readFileSync(casesFile, 'utf8'));

const error = (e) => {
  const shaped = { message: e.message };
  if (e.locations) shaped.locations = e.locations.map(({ line, column }) => ({ line, column }));
  if (e.path) shaped.path = e.path;
  return shaped;
};

const fieldResolver = (source, args, _context, info) => {
  const value = source?.[info.fieldName];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('__error' in value) throw new Error(value.__error);
    if (value.__echoArgs === true) return JSON.stringify(args);
  }
  return value;
};

const typeResolver = (value) => value?.__typename;

const outcomes = {};
for (const { name, source, variables, operationName } of cases) {
  let document;
  try {
    // empty selection sets are a syntax error in the specification's grammar and in the engine
    document = parse(source, { allowEmptySelectionSets: false });
  } catch (e) {
    outcomes[name] = { syntaxError: error(e) };
    continue;
  }

  const errors = validate(schema, document);
  if (errors.length > 0) {
    outcomes[name] = { validationErrors: errors.map(error) };
    continue;
  }

  const result = await execute({
    schema,
    document,
    rootValue: root,
    variableValues: variables ?? undefined,
    operationName: operationName ?? undefined,
    fieldResolver,
    typeResolver,
  });
  const shaped = {};
  if (result.errors) shaped.errors = result.errors.map(error);
  if ('data' in result) shaped.data = result.data;
  outcomes[name] = { result: shaped };
}

process.stdout.write(JSON.stringify(outcomes));
