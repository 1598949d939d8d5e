// Builds the bundles: the extension host (dist/extension.js, cjs, node), the CLI (dist/cli.js) and
// the webview front end (dist/webview/main.js + main.css, browser). `--production` minifies, `--watch` rebuilds.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the format of VS Code's esbuild problem matcher. */
const problemMatcher = {
  name: 'esbuild-problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * Modules the extension loads on first use only (nothing heavy at activation): their
 * dynamic `import()`s are left as `require('./lazy/<name>.js')` and each is bundled on its own, so
 * Octokit, ky and markdown-it cost nothing until a pull request is read or HTML is exported.
 */
const LAZY = {
  'activity/github': 'src/activity/github.ts',
  'activity/gitlab': 'src/activity/gitlab.ts',
  'core/htmlExport': 'src/core/htmlExport.ts',
  // packages the extension imports with import() on first use (git)
  'simple-git': 'node_modules/simple-git/dist/cjs/index.js',
  // @vscode/l10n: one module instance shared by every extension-host bundle (see sharedL10n)
  'vscode-l10n': 'node_modules/@vscode/l10n/dist/main.js',
};
const LAZY_PACKAGES = new Set(['simple-git']);
const lazyModules = {
  name: 'lazy-modules',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+(activity\/(github|gitlab)|core\/htmlExport)$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = args.path.replace(/^(\.\.\/)+/, '');
      return { path: `./lazy/${name.replace('/', '-')}.js`, external: true };
    });
    // the activation bundle's import() of the main bundle
    build.onResolve({ filter: /^\.\/vscode\/main$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      return { path: './main.js', external: true };
    });
    build.onResolve({ filter: /^simple-git$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !LAZY_PACKAGES.has(args.path)) return undefined;
      return { path: `./lazy/${args.path}.js`, external: true };
    });
  },
};

/**
 * `@vscode/l10n` keeps the translated bundle in module state, set once by the main bundle
 * (src/vscode/l10nSetup.ts) from `vscode.l10n.bundle`. Bundled into each output, every copy would
 * need its own `config()`; instead each extension-host bundle requires the one dist/lazy/vscode-l10n.js,
 * so the lazy modules (HTML export, GitHub, GitLab) speak the same language as the main bundle.
 * `fromDir` is where the output file sits relative to dist/lazy ('./lazy/' or './').
 */
const sharedL10n = (fromDir) => ({
  name: 'shared-l10n',
  setup(build) {
    // sideEffects: false (as @vscode/l10n declares), so a bundle that calls no l10n.t does not require it
    build.onResolve({ filter: /^@vscode\/l10n$/ }, () => ({ path: `${fromDir}vscode-l10n.js`, external: true, sideEffects: false }));
  },
});

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', plugins: [problemMatcher], legalComments: 'none' };

async function main() {
  fs.rmSync('dist', { recursive: true, force: true });
  const contexts = await Promise.all([
    // the activation bundle: registers commands and views, loads dist/main.js on first use
    esbuild.context({
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      external: ['vscode'],
      plugins: [problemMatcher, lazyModules, sharedL10n('./lazy/')],
      // when the bundle starts and ends loading, for the activation time (benchmark 4)
      // (and how long the host takes to build the `vscode` API object for the extension: the first
      // require('vscode') of any extension costs that, whatever the extension does)
      banner: {
        js: 'var __ijModuleStart = performance.now(); var __ijVscodeMs = (() => { try { require("vscode"); } catch { /* not in a host */ } return performance.now() - __ijModuleStart; })();',
      },
      footer: { js: 'var __ijModuleEnd = performance.now();' },
      // import() of a lazy module becomes require() (the extension host loads CommonJS)
      supported: { 'dynamic-import': false },
    }),
    // the main bundle: everything behind the commands and views
    esbuild.context({
      ...common,
      entryPoints: ['src/vscode/main.ts'],
      outfile: 'dist/main.js',
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      external: ['vscode'],
      plugins: [problemMatcher, lazyModules, sharedL10n('./lazy/')],
      supported: { 'dynamic-import': false },
    }),
    ...Object.entries(LAZY).map(([name, entry]) =>
      esbuild.context({
        ...common,
        entryPoints: [entry],
        outfile: `dist/lazy/${name.replace('/', '-')}.js`,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        plugins: name === 'vscode-l10n' ? common.plugins : [problemMatcher, sharedL10n('./')],
      }),
    ),
    esbuild.context({
      ...common,
      entryPoints: ['src/cli.ts'],
      outfile: 'dist/cli.js',
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      banner: { js: '#!/usr/bin/env node' },
    }),
    esbuild.context({
      ...common,
      entryPoints: ['media/main.ts'],
      outfile: 'dist/webview/main.js',
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
    }),
  ]);
  fs.mkdirSync('dist/webview', { recursive: true });
  fs.copyFileSync(path.join('media', 'main.css'), path.join('dist', 'webview', 'main.css'));
  // codicons for the webview (main.css classes and vscode-icon, which finds the stylesheet by its id)
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join('node_modules', '@vscode', 'codicons', 'dist', f), path.join('dist', 'webview', f));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
