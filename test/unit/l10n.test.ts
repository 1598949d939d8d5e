import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { getL10nJson, type l10nJsonFormat } from '@vscode/l10n-dev';

const ROOT = path.join(__dirname, '..', '..');
/** Folders whose code speaks to the user: the extension host, the shared core and the webview (src/cli is English only). */
const SOURCES = ['src', 'media'];

/** Every .ts file under `folder`, relative to the repository root. */
function tsFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(folder, f));
}

const files = SOURCES.flatMap(tsFiles);
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const bundle = JSON.parse(read('l10n/bundle.l10n.json')) as l10nJsonFormat;
const manifest = JSON.parse(read('package.json')) as { l10n: string; contributes: Record<string, unknown> };
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;

/** `file:line: text` of each line of `file` matching `pattern`, comments left out. */
function matches(file: string, pattern: RegExp): string[] {
  return read(file)
    .split('\n')
    .flatMap((line, i) => (pattern.test(line) && !/^\s*(\/\/|\/\*|\*)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('localization (l10n/bundle.l10n.json, package.nls.json)', () => {
  it('the bundle holds exactly the strings the code passes to l10n.t, as @vscode/l10n-dev exports them (run `npm run l10n` after changing one)', async () => {
    const exported = await getL10nJson(files.map((f) => ({ contents: read(f), extension: '.ts' })));
    const inCode = Object.keys(exported).sort();
    const inBundle = Object.keys(bundle).sort();
    assert.ok(inCode.length > 300, `the code passes ${inCode.length} strings to l10n.t`);
    assert.deepEqual(
      inCode.filter((k) => !(k in bundle)),
      [],
      'strings in code missing from l10n/bundle.l10n.json',
    );
    assert.deepEqual(
      inBundle.filter((k) => !(k in exported)),
      [],
      'strings in l10n/bundle.l10n.json the code no longer uses',
    );
    assert.deepEqual(bundle, exported, 'the bundle is what `npm run l10n` writes');
    assert.equal(manifest.l10n, './l10n', 'VS Code finds the bundles through package.json "l10n"');
  });

  it('l10n.t is always given one string literal (or a { message } object), which the exporter can read', () => {
    // a variable, a template literal with ${} or a concatenation is skipped by the exporter: such
    // a string would never reach a translator
    const calls = files.flatMap((f) => matches(f, /\bl10n\.t\(\s*(?!['"{]|$)/));
    assert.deepEqual(calls, []);
    const spliced = files.flatMap((f) => matches(f, /\bl10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*\+/));
    assert.deepEqual(spliced, [], 'no concatenation inside the message');
  });

  it('no text a user reads is written as a bare literal where VS Code or the webview shows it', () => {
    // messages, picks, inputs and tree items of the extension host
    const host = files
      .filter((f) => f.startsWith(path.join('src', 'vscode')) || f === path.join('src', 'extension.ts'))
      .flatMap((f) =>
        matches(
          f,
          /show(Information|Warning|Error)Message\(\s*['`"]|\b(placeHolder|prompt|title|tooltip|detail|description|label)\s*[:=]\s*['`"](?!https?:)[A-Za-z]|\.(markdown|progress)\(\s*['`"][A-Za-z]|new vscode\.TreeItem\(\s*['"]/,
        ),
      );
    assert.deepEqual(host, []);
    // the webview's templates: text between tags, and the attributes people read or hear
    const webview = files
      .filter((f) => f.startsWith('media'))
      .flatMap((f) => matches(f, /(?<![=-])>\s*[A-Za-z][a-z]+( [A-Za-z]+)*\s*(<|\$\{)|\b(aria-label|title|placeholder|label|alt)="[A-Za-z]/));
    assert.deepEqual(webview, []);
  });

  it('code outside src/vscode imports @vscode/l10n as l10n, and nobody renames `t` (the exporter only reads `l10n.t(`)', () => {
    for (const f of files) {
      const text = read(f);
      if (/\bl10n\.t\(/.test(text) && !f.startsWith(path.join('src', 'vscode')) && f !== path.join('src', 'extension.ts')) {
        assert.match(text, /import \* as l10n from '@vscode\/l10n';/, `${f} imports @vscode/l10n as l10n`);
      }
      assert.doesNotMatch(text, /import \{[^}]*\bt\b[^}]*\} from '@vscode\/l10n'/, `${f} imports t by name`);
      if (f.startsWith(path.join('src', 'core'))) assert.doesNotMatch(text, /from 'vscode'/, `${f}: src/core never imports vscode`);
    }
  });

  it('package.json names every text a user reads with a %key% of package.nls.json, and every key is used', () => {
    const raw = read('package.json');
    const used = new Set([...raw.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.deepEqual(
      [...used].filter((k) => !(k in nls)),
      [],
      'keys missing from package.nls.json',
    );
    assert.deepEqual(
      Object.keys(nls).filter((k) => !used.has(k)),
      [],
      'package.nls.json keys nothing uses',
    );
    // the fields VS Code shows; inputSchema and modelDescription are read by language models, not people
    const shown = new Set([
      'title',
      'shortTitle',
      'category',
      'name',
      'contents',
      'description',
      'markdownDescription',
      'enumDescriptions',
      'label',
      'displayName',
      'fullName',
      'contextualTitle',
      'userDescription',
      'altText',
    ]);
    const literal: string[] = [];
    const walk = (value: unknown, at: string, field: string): void => {
      if (typeof value === 'string') {
        if (shown.has(field) && !/^%[^%]+%$/.test(value)) literal.push(`${at}: ${value}`);
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${at}[${i}]`, field));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) if (k !== 'inputSchema' && k !== 'modelDescription') walk(v, `${at}.${k}`, k);
      }
    };
    walk(manifest.contributes, 'contributes', '');
    // a chat participant's `name` is what people type (@journal); a tool's `name` is its id
    assert.deepEqual(
      literal.filter((l) => !/^contributes\.(chatParticipants\[\d+\](\.commands\[\d+\])?|languageModelTools\[\d+\])\.name: /.test(l)),
      [],
    );
  });
});
