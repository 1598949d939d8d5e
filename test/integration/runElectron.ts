/**
 * The same integration suites through @vscode/test-electron (`npm run test:electron`), for
 * machines that can download a desktop VS Code build. Here (no network but the npm registry) use
 * `npm run test:integration`, which runs them in the VS Code server's extension host instead.
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test', 'integration', 'out', 'index.js'),
    launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((err: unknown) => {
  console.error('Integration tests (electron) failed:', err);
  process.exit(1);
});
