// Opens Banana Cake Pop from a running BpjsTk server in headless Debian Chromium and checks it works offline.
// Usage: node browser-smoke.mjs <server-origin> <screenshot.png> [--steps=load,schema,query]
//   load   (default) the IDE renders from /graphql, reads bcp-config.json, and makes no request off the server
//   schema "Create Document" introspects the endpoint and finds the query type (needs the real schema)
//   query  running the document (Ctrl+Alt+Enter) returns data (needs the real schema and data)
// Prints one "ok <step>" line per passed step; exits 1 with the reason on the first failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [origin, screenshot, ...rest] = process.argv.slice(2);
if (!origin || !screenshot) {
  console.error('usage: node browser-smoke.mjs <origin> <screenshot.png> [--steps=load,schema,query]');
  process.exit(2);
}
const steps = (rest.find((arg) => arg.startsWith('--steps='))?.slice('--steps='.length) ?? 'load').split(',');
// A fresh profile each run: no cached IDE state, no service worker from an earlier server.
const userDataDir = mkdtempSync(join(tmpdir(), 'bpjstk-chromium-'));

const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

const offServer = [];
const consoleErrors = [];
let failure = null;
try {
  const page = await browser.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      offServer.push(url);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });

  const config = page.waitForResponse((response) => response.url().endsWith('/graphql/bcp-config.json'), { timeout: 30000 });
  const response = await page.goto(`${origin}/graphql`, { waitUntil: 'load', timeout: 30000 });
  if (!response || response.status() !== 200 || !page.url().endsWith('/graphql/')) {
    throw new Error(`expected /graphql to land on /graphql/ with 200, got ${page.url()} ${response?.status()}`);
  }
  if ((await config).status() !== 200) {
    throw new Error('bcp-config.json was not served');
  }
  // The IDE has rendered once its React root holds an interactive application.
  await page.waitForFunction(() => document.querySelectorAll('#root button').length > 0, null, { timeout: 30000 });
  await page.waitForLoadState('networkidle', { timeout: 30000 });
  console.log(`ok load: "${await page.title()}" rendered at ${page.url()}`);

  if (steps.includes('schema') || steps.includes('query')) {
    // "Create Document" opens a tab that introspects the endpoint and fills the schema reference.
    const introspection = page.waitForResponse((r) => r.request().method() === 'POST'
      && (r.request().postData() ?? '').includes('__schema'), { timeout: 30000 });
    await page.getByRole('button', { name: 'Create Document' }).click({ timeout: 15000 });
    const schema = await (await introspection).json();
    const queryType = schema?.data?.__schema?.queryType?.name;
    if (!queryType) {
      throw new Error(`introspection returned no schema: ${JSON.stringify(schema).slice(0, 500)}`);
    }
    const queryFields = (schema.data.__schema.types ?? []).find((t) => t.name === queryType)?.fields?.map((f) => f.name) ?? [];
    if (!queryFields.includes('coverage')) {
      throw new Error(`the query type lists no coverage field: ${queryFields.join(', ')}`);
    }
    console.log(`ok schema: introspection found the query type ${queryType} with fields ${queryFields.join(', ')}`);
  }
  if (steps.includes('query')) {
    // The IDE also sends probes of its own; wait for the response to the opened document by its operation name,
    // and run it again if the editor was not ready for the first attempt.
    const isDocument = (r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('CoverageByRegion');
    let response = null;
    for (let attempt = 0; attempt < 3 && response === null; attempt++) {
      const waiting = page.waitForResponse(isDocument, { timeout: 15000 }).catch(() => null);
      const run = page.getByRole('button', { name: 'Run', exact: true });
      if (await run.count() > 0) {
        await run.first().click({ timeout: 5000 }).catch(() => page.keyboard.press('Control+Alt+Enter'));
      } else {
        await page.keyboard.press('Control+Alt+Enter');
      }
      response = await waiting;
    }
    if (response === null) {
      throw new Error('running the opened document sent no request');
    }
    const body = await response.json();
    if (!body.data || body.errors) {
      throw new Error(`the opened document did not return data: ${JSON.stringify(body).slice(0, 500)}`);
    }
    console.log(`ok query: the opened document returned data ${JSON.stringify(body.data).slice(0, 300)}`);
    // What a user sees: the response pane shows the figure.
    await page.getByText('48858').first().waitFor({ state: 'visible', timeout: 30000 });
    console.log('ok response: the response pane shows 48858');
  }

  if (offServer.length > 0) {
    throw new Error(`requests left the server: ${offServer.slice(0, 5).join(', ')}`);
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot ${screenshot}`);
} catch (error) {
  failure = error;
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
if (consoleErrors.length > 0) {
  console.log(`browser console errors (not failures):\n  ${consoleErrors.slice(0, 10).join('\n  ')}`);
}
if (failure) {
  console.log(`FAILED: ${failure.message}`);
  process.exit(1);
}
