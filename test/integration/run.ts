/**
 * Runs the integration suites inside a real VS Code extension host (route 1 of
 * ../shared/vscode-host.md): the VS Code server from code-server with `--enable-smoke-test-driver`,
 * the packaged .vsix installed into a fresh extensions folder, and the web workbench opened in
 * headless Chromium with a test payload. Exits with the suites' result (0 pass, 1 fail).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as util from 'node:util';
import { createWorkspaceRepo } from '../e2e/fixtureRepo';
import { packageTestExtension, REPO_ROOT, startServer, VSIX } from '../e2e/vscodeServer';

const NOISE =
  /\[AgentHost|\[RemoteAgentHost|ChatModelSelection|AccountPolicyGate|open-vsx\.org|authentication provider 'github'|Service Worker\]|connection token|Creating a socket|reconnection-grace-time|additional builtin extensions/;

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'ij-integration-'));
  const { repo } = createWorkspaceRepo();
  // a deterministic language model (test/integration/fakeModel), for drafting and @journal; VS Code's
  // AI features on, which the other suites turn off
  const model = packageTestExtension(path.join(REPO_ROOT, 'test', 'integration', 'fakeModel'), work);
  const server = await startServer({
    workspace: repo.dir,
    trusted: true,
    smokeTestDriver: true,
    vsix: VSIX,
    extraVsix: [model],
    settings: { 'chat.disableAIFeatures': false },
  });
  try {
    const { page } = server;
    const u = new URL(server.url);
    const remote = (p: string): string => `vscode-remote://${u.host}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(path.join(REPO_ROOT, 'test', 'integration', 'host'))],
      ['extensionTestsPath', remote(path.join(REPO_ROOT, 'test', 'integration', 'out', 'index.js'))],
      ['extensionEnvironment', JSON.stringify({ IJ_WORK_DIR: work, ...(process.env.IJ_BENCH_FILE ? { IJ_BENCH_FILE: process.env.IJ_BENCH_FILE } : {}) })],
      ['skipWelcome', 'true'],
    ];
    let finish!: (code: number) => void;
    const finished = new Promise<number>((r) => (finish = r));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown) => {
      const line = util.format(...(Array.isArray(args) ? (args as unknown[]) : [args]));
      if (!NOISE.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(Number(code)));
    const timer = setTimeout(() => finish(124), 240_000);
    await page.goto(`${server.url}?folder=${encodeURIComponent(repo.dir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await finished;
    clearTimeout(timer);
    if (code !== 0) {
      console.error(code === 124 ? 'Integration tests timed out.' : `Integration tests failed (exit ${code}).`);
      console.error(`Extension host log and output channel:\n${server.extensionLogs().slice(-6000)}`);
    }
    return code;
  } finally {
    await server.stop();
    repo.remove();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
