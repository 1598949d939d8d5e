// Bundles the integration suites for the extension host: test/integration/*.ts → test/integration/out/*.js
// (cjs, node; `vscode` and `mocha` stay external: mocha is required from the repo's node_modules).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, 'test', 'integration');
const entryPoints = fs
  .readdirSync(dir)
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => path.join(dir, f));
fs.rmSync(path.join(dir, 'out'), { recursive: true, force: true });
esbuild
  .build({
    entryPoints,
    outdir: path.join(dir, 'out'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  })
  .catch(() => process.exit(1));
