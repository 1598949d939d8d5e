/**
 * Entry point loaded by the VS Code extension host (`extensionTestsPath`): runs the integration
 * suites with mocha and resolves or rejects with their result. Bundled by esbuild.tests.js into
 * test/integration/out/index.js; mocha is required from the repository's node_modules.
 */
import * as fs from 'node:fs';
import Mocha from 'mocha';
import * as path from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const dir = __dirname;
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(dir, f));
  const resultFile = process.env.IJ_RESULT_FILE;
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify({ failures }) + '\n');
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
