/**
 * The layer boundaries are kept by the linter (eslint.config.mjs): these imports must fail lint.
 * Each file is linted as if it were at that path, with the project's real configuration.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = path.join(__dirname, '..', '..');

async function problems(file: string, code: string): Promise<string[]> {
  // the files do not exist, so the type-aware rules (which need the TypeScript project) are off
  const eslint = new ESLint({ cwd: ROOT, overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }] });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = result!.messages.find((m) => m.fatal === true);
  if (fatal !== undefined) throw new Error(`lint could not parse ${file}: ${fatal.message}`);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries (lint)', function () {
  this.timeout(120_000);

  for (const file of [
    'src/core/boundary.ts',
    'src/io/boundary.ts',
    'src/activity/boundary.ts',
    'src/git/boundary.ts',
    'src/journal/boundary.ts',
    'media/boundary.ts',
  ]) {
    it(`a vscode import in ${path.dirname(file)}/ fails lint`, async () => {
      assert.equal((await problems(file, "import * as vscode from 'vscode';\nexport const x = vscode;\n")).length, 1);
    });
  }

  it('the webview may not import node modules or the extension’s runtime code, only its types and the shared limits', async () => {
    assert.equal((await problems('media/boundary.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).length, 1);
    assert.equal(
      (await problems('media/boundary.ts', "import { DEFAULT_COMPETENCIES } from '../src/core/competencies';\nexport const x = DEFAULT_COMPETENCIES;\n"))
        .length,
      1,
    );
    assert.deepEqual(
      await problems(
        'media/boundary.ts',
        "import type { Entry } from '../src/core/model';\nimport { MAX_TITLE } from '../src/core/limits';\nimport { parseMetric } from '../src/core/evidence';\nexport type X = Entry;\nexport const y = [MAX_TITLE, parseMetric];\n",
      ),
      [],
    );
  });

  it('core does no I/O (node: or bare built-ins, git and HTTP libraries) and imports no layer above it, from any depth', async () => {
    for (const [file, code] of [
      ['src/core/boundary.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
      ['src/core/boundary.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
      ['src/core/boundary.ts', "import { execFile } from 'child_process';\nexport const x = execFile;\n"],
      ['src/core/boundary.ts', "import { simpleGit } from 'simple-git';\nexport const x = simpleGit;\n"],
      ['src/core/boundary.ts', "import ky from 'ky';\nexport const x = ky;\n"],
      ['src/core/boundary.ts', "import { readHistory } from '../git/historyReader';\nexport const x = readHistory;\n"],
      ['src/core/deeper/boundary.ts', "import { readHistory } from '../../git/historyReader';\nexport const x = readHistory;\n"],
      ['src/core/boundary.ts', "import { writeFileAtomic } from '../io/atomicWrite';\nexport const x = writeFileAtomic;\n"],
    ] as const) {
      assert.equal((await problems(file, code)).length, 1, `${file}: ${code}`);
    }
  });

  it('io, git, activity and journal import no sibling layer', async () => {
    for (const [file, code] of [
      ['src/io/boundary.ts', "import { readHistory } from '../git/historyReader';\nexport const x = readHistory;\n"],
      ['src/git/boundary.ts', "import { JournalStore } from '../journal/store';\nexport const x = JournalStore;\n"],
      ['src/activity/boundary.ts', "import { readHistory } from '../git/historyReader';\nexport const x = readHistory;\n"],
      ['src/journal/boundary.ts', "import { fetchGitLabActivity } from '../activity/gitlab';\nexport const x = fetchGitLabActivity;\n"],
    ] as const) {
      assert.equal((await problems(file, code)).length, 1, `${file}: ${code}`);
    }
    // what they may import
    assert.deepEqual(
      await problems(
        'src/journal/boundary.ts',
        "import { writeFileAtomic } from '../io/atomicWrite';\nimport { MAX_TITLE } from '../core/limits';\nexport const x = [writeFileAtomic, MAX_TITLE];\n",
      ),
      [],
    );
  });
});
