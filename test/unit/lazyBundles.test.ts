import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const DIST = path.join(__dirname, '..', '..', 'dist');

/** The built bundles (npm test packages first): the activation bundle is thin; dist/main.js and dist/lazy/* are required on first use only. */
describe('lazy bundles (built by esbuild.js)', function () {
  before(function () {
    // npm test builds them first; run on its own, the suite builds them rather than skip, as `npm run package` does (minified)
    if (!existsSync(path.join(DIST, 'extension.js')) || !existsSync(path.join(DIST, 'main.js'))) {
      this.timeout(120_000);
      execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: path.join(DIST, '..'), stdio: 'pipe' });
    }
  });

  it('the activation bundle is small and requires the main bundle only when first used: no zod, git, lock or HTTP code in it', () => {
    const ext = readFileSync(path.join(DIST, 'extension.js'), 'utf8');
    assert.ok(ext.length < 16 * 1024, `dist/extension.js is ${ext.length} bytes`);
    assert.ok(ext.includes('require("./main.js")'), 'loads dist/main.js');
    for (const marker of ['ZodObject', 'safeParse', 'simple-git', 'journal.json', 'octokit', 'markdown-it', 'LockBusyError', 'writeFileAtomic'])
      assert.ok(!ext.includes(marker), `${marker} is not in dist/extension.js`);
    // evaluating it (vscode stubbed) loads no other module of ours
    const stub = `const M=require('module');const load=M._load;const seen=[];M._load=function(r,...a){if(r==='vscode')return new Proxy({},{get:()=>function(){return {}}});seen.push(r);return load.call(this,r,...a)};load.call(M,${JSON.stringify(path.join(DIST, 'extension.js'))});process.stdout.write(JSON.stringify(seen))`;
    const required = JSON.parse(execFileSync(process.execPath, ['-e', stub], { encoding: 'utf8' })) as string[];
    assert.deepEqual(required, [], 'nothing required at load');
  });

  it('the main bundle requires the lazy modules instead of containing Octokit, ky or markdown-it', () => {
    const main = readFileSync(path.join(DIST, 'main.js'), 'utf8');
    for (const name of ['activity-github', 'activity-gitlab', 'core-htmlExport', 'simple-git']) assert.ok(main.includes(`require("./lazy/${name}.js")`), name);
    for (const marker of ['octokit-global', 'PRIVATE-TOKEN', 'markdown-it', 'GitConstructError'])
      assert.ok(!main.includes(marker), `${marker} is not in dist/main.js`);
  });

  it('each lazy module loads on its own and exports what the extension calls', () => {
    const load = (name: string): Record<string, unknown> => createRequire(__filename)(path.join(DIST, 'lazy', `${name}.js`)) as Record<string, unknown>;
    assert.equal(typeof load('activity-github').fetchGitHubActivity, 'function');
    assert.equal(typeof load('activity-gitlab').fetchGitLabActivity, 'function');
    assert.equal(typeof load('simple-git').simpleGit, 'function');
    const html = load('core-htmlExport').renderHtmlDocument as (md: string, title: string) => string;
    assert.match(html('# Hi <script>', 'T'), /<h1>Hi &lt;script&gt;<\/h1>/);
  });
});
