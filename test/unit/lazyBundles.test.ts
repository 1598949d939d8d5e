import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const DIST = path.join(__dirname, '..', '..', 'dist');

/** The built bundles (npm test packages first): heavy modules live in dist/lazy and are required on first use only. */
describe('lazy bundles (built by esbuild.js)', function () {
  before(function () {
    if (!existsSync(path.join(DIST, 'extension.js'))) this.skip();
  });

  it('the extension bundle requires the lazy modules instead of containing Octokit, ky or markdown-it', () => {
    const ext = readFileSync(path.join(DIST, 'extension.js'), 'utf8');
    for (const name of ['activity-github', 'activity-gitlab', 'core-htmlExport', 'simple-git', 'proper-lockfile', 'write-file-atomic']) assert.ok(ext.includes(`require("./lazy/${name}.js")`), name);
    for (const marker of ['octokit-global', 'PRIVATE-TOKEN', 'markdown-it', 'GitConstructError', 'ELOCKED']) assert.ok(!ext.includes(marker), `${marker} is not in dist/extension.js`);
  });

  it('each lazy module loads on its own and exports what the extension calls', () => {
    const load = (name: string): Record<string, unknown> => createRequire(__filename)(path.join(DIST, 'lazy', `${name}.js`)) as Record<string, unknown>;
    assert.equal(typeof load('activity-github').fetchGitHubActivity, 'function');
    assert.equal(typeof load('activity-gitlab').fetchGitLabActivity, 'function');
    assert.equal(typeof load('simple-git').simpleGit, 'function');
    assert.equal(typeof (load('proper-lockfile') as { lock?: unknown }).lock, 'function');
    assert.equal(typeof load('write-file-atomic'), 'function');
    const html = load('core-htmlExport').renderHtmlDocument as (md: string, title: string) => string;
    assert.match(html('# Hi <script>', 'T'), /<h1>Hi &lt;script&gt;<\/h1>/);
  });
});
