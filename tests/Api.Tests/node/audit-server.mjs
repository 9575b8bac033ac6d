// Runs graphql-http's GraphQL-over-HTTP audit against a running server.
// Usage: node audit-server.mjs <url-of-the-graphql-endpoint>
// Prints one line per audit that did not pass; exits 1 when a MUST audit failed.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit-server.mjs <url>');
  process.exit(2);
}

const results = await auditServer({ url });
let mustFailures = 0;
for (const result of results) {
  if (result.status === 'ok') {
    continue;
  }
  if (result.status === 'error') {
    mustFailures++;
  }
  console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}`);
}
const passed = results.filter((result) => result.status === 'ok').length;
console.log(`${results.length} audits: ${passed} passed, ${mustFailures} MUST failures`);
process.exit(mustFailures > 0 ? 1 : 0);
