// What graphql-js 17 answers for a schema, so the engine's output can be compared with it.
// usage: node graphql-js.mjs print-schema <sdl-file>
//        node graphql-js.mjs introspect <sdl-file>
//        node graphql-js.mjs canonical <response-json-file>
//        node graphql-js.mjs introspection-query <options-json>
import { readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, introspectionFromSchema, printSchema } from 'graphql';

const [command, argument] = process.argv.slice(2);
const canonical = (value) => JSON.stringify(value, null, 2);

switch (command) {
  case 'print-schema':
    process.stdout.write(printSchema(buildSchema(readFileSync(argument, 'utf8'))));
    break;
  case 'introspect':
    process.stdout.write(canonical(introspectionFromSchema(buildSchema(readFileSync(argument, 'utf8')))));
    break;
  case 'canonical':
    // the engine's response re-printed by the same serializer, so only content and order can differ
    process.stdout.write(canonical(JSON.parse(readFileSync(argument, 'utf8')).data));
    break;
  case 'introspection-query':
    process.stdout.write(getIntrospectionQuery(JSON.parse(argument)));
    break;
  default:
    process.stderr.write(`unknown command ${command}\n`);
    process.exit(2);
}
