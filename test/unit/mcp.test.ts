/**
 * `impact-journal mcp`, the built CLI as its own process, driven by the MCP SDK's own client over
 * stdio: the tools and resources it lists, a search, entries logged while other processes write
 * the same journal, a piece of work logged from a real repository, and hostile arguments.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { addDays, formatISO } from 'date-fns';
import { toIsoDate } from '../../src/core/quarters';
import { bundleForNode, CLI_ENTRY } from './helpers/bundle';
import { lines, OTHER, TempRepo } from './helpers/tempRepo';

interface ToolText {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, unknown>;
}

const textOf = (r: unknown): string => ((r as ToolText).content[0]?.text ?? '').toString();

describe('impact-journal mcp (the built CLI, through the SDK client over stdio)', function () {
  this.timeout(120_000);
  let dir: string;
  let cli: string;
  let journal: string;
  let client: Client;

  const entry = (id: string, title: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind: 'impact',
    title,
    body: '',
    competencies: ['system-design'],
    occurredAt,
    createdAt: `${occurredAt}T10:00:00.000Z`,
    updatedAt: `${occurredAt}T10:00:00.000Z`,
    sources: [{ type: 'manual' }],
    tags: [],
    ...extra,
  });

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ij-mcp-'));
    cli = path.join(dir, 'cli.js');
    bundleForNode(CLI_ENTRY, cli);
    journal = path.join(dir, 'journal.json');
    writeFileSync(
      journal,
      JSON.stringify({
        schemaVersion: 1,
        entries: [
          entry('11111111-1111-4111-8111-111111111111', 'Moved billing to the event bus', '2026-08-14', {
            body: 'Cut invoice delay from 14 h to 1 min.',
            project: 'Billing migration',
            competencies: ['system-design', 'execution-delivery'],
          }),
          entry('22222222-2222-4222-8222-222222222222', 'Mentored Sam through on-call', '2026-09-02', { competencies: ['mentorship'] }),
          entry('33333333-3333-4333-8333-333333333333', 'Deleted entry about billing', '2026-09-03', { deletedAt: '2026-09-04T10:00:00.000Z' }),
        ],
        dismissed: [],
        goals: [],
        assessments: [],
      }),
    );
    client = new Client({ name: 'impact-journal-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [cli, 'mcp', '--journal', journal], stderr: 'pipe' }));
  });

  after(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists its three tools (read-only ones marked so) and the journal’s resources', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['listCandidates', 'logEntry', 'searchEntries']);
    const byName = new Map(tools.map((t) => [t.name, t]));
    assert.equal(byName.get('searchEntries')?.annotations?.readOnlyHint, true);
    assert.equal(byName.get('logEntry')?.annotations?.readOnlyHint, false);
    assert.ok((byName.get('logEntry')?.inputSchema.required ?? []).includes('title'), 'the title is required in the published schema');

    const { resources } = await client.listResources();
    const uris = resources.map((r) => r.uri);
    assert.ok(uris.includes('impact-journal://entry/11111111-1111-4111-8111-111111111111'));
    assert.ok(!uris.includes('impact-journal://entry/33333333-3333-4333-8333-333333333333'), 'a deleted entry is not a resource');
    assert.ok(
      uris.some((u) => /^impact-journal:\/\/period\/\d{4}-Q[1-4]$/.test(u)),
      'the recent quarters are listed',
    );
    const quarter = await client.readResource({ uri: 'impact-journal://period/2026-Q3' });
    const markdown = (quarter.contents[0] as { text: string }).text;
    assert.match(markdown, /Moved billing to the event bus/);
    assert.match(markdown, /Mentored Sam/);
    const one = await client.readResource({ uri: 'impact-journal://entry/11111111-1111-4111-8111-111111111111' });
    assert.equal((JSON.parse((one.contents[0] as { text: string }).text) as { project: string }).project, 'Billing migration');
  });

  it('searches by words, competency and dates; deleted entries are never found', async () => {
    const words = await client.callTool({ name: 'searchEntries', arguments: { query: 'billing' } });
    assert.deepEqual(
      (words.structuredContent as { entries: Array<{ id: string }> }).entries.map((e) => e.id),
      ['11111111-1111-4111-8111-111111111111'],
    );
    const mentoring = await client.callTool({ name: 'searchEntries', arguments: { competency: 'mentorship', since: '2026-09-01' } });
    assert.deepEqual(
      (mentoring.structuredContent as { entries: Array<{ title: string }> }).entries.map((e) => e.title),
      ['Mentored Sam through on-call'],
    );
    const none = await client.callTool({ name: 'searchEntries', arguments: { until: '2026-01-01' } });
    assert.deepEqual((none.structuredContent as { entries: unknown[] }).entries, []);
  });

  it('logs entries through the lock while two other processes add to the same journal: each once', async () => {
    const adders = [0, 1].map(
      (p) =>
        new Promise<number | null>((resolve) => {
          // eight `add`s in a row from another process, racing the server's writes
          const script = Array.from(
            { length: 8 },
            (_, i) => `"${process.execPath}" "${cli}" add --journal "${journal}" --title "cli ${p}-${i}" --backups 0`,
          ).join(' && ');
          spawn('sh', ['-c', script], { stdio: 'ignore' }).on('close', resolve);
        }),
    );
    const logged = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        client.callTool({
          name: 'logEntry',
          arguments: { title: `agent ${i}`, statement: 'Shipped it.', competencies: ['execution-delivery'], tags: ['agent'] },
        }),
      ),
    );
    assert.deepEqual(await Promise.all(adders), [0, 0], 'the other processes added theirs');
    for (const r of logged) assert.ok(!(r as ToolText).isError, textOf(r));
    const onDisk = JSON.parse(readFileSync(journal, 'utf8')) as { entries: Array<{ id: string; title: string; tags: string[] }> };
    const titles = onDisk.entries.map((e) => e.title);
    for (let i = 0; i < 8; i++) {
      assert.equal(titles.filter((t) => t === `agent ${i}`).length, 1, `agent ${i} once`);
      for (const p of [0, 1]) assert.equal(titles.filter((t) => t === `cli ${p}-${i}`).length, 1, `cli ${p}-${i} once`);
    }
    assert.equal(new Set(onDisk.entries.map((e) => e.id)).size, onDisk.entries.length, 'no id twice');
    const id = (logged[0]!.structuredContent as { id: string }).id;
    assert.deepEqual(onDisk.entries.find((e) => e.id === id)?.tags, ['agent']);
  });

  it('lists a repository’s notable unlogged work, logs one with its commits as evidence, and does not offer it again', async () => {
    const repo = new TempRepo();
    try {
      // the server's clock may not be this process's (the clock suite moves only this one): the
      // window is given as dates derived from the commits
      const day = (n: number): string => formatISO(addDays(new Date(), -n));
      repo.git('remote', 'add', 'origin', 'git@github.com:acme/billing.git');
      repo.commit({ message: 'Initial commit', files: { 'README.md': 'hello\n' }, date: day(20) });
      const sha = repo.commit({
        message: 'Add invoice export to the billing service\n\nCustomers can now download a month of invoices as CSV, which support asked for.',
        files: { 'src/billing/export.ts': lines(220), 'src/billing/format.ts': lines(90), 'test/billing/export.test.ts': lines(80) },
        date: day(5),
      });
      // a maintainer lists it in the release notes
      repo.commit({
        message: 'Release notes',
        files: { 'CHANGELOG.md': '# Changelog\n\n## 3.2.0\n\n### Features\n\n- Add invoice export to the billing service\n' },
        author: OTHER,
        date: day(4),
      });
      const window = { since: toIsoDate(addDays(new Date(), -30)), until: toIsoDate(addDays(new Date(), 1)) };
      const listed = await client.callTool({ name: 'listCandidates', arguments: { repository: repo.dir, ...window } });
      assert.ok(!(listed as ToolText).isError, textOf(listed));
      const candidates = (listed.structuredContent as { candidates: Array<{ key: string; title: string; why: string[]; commits: Array<{ sha: string }> }> })
        .candidates;
      const offered = candidates.find((c) => c.commits.some((x) => x.sha === sha));
      assert.ok(offered, `the feature commit is offered: ${JSON.stringify(candidates.map((c) => c.title))}`);
      assert.ok(offered.why.length > 0, 'with why it is notable');

      const logged = await client.callTool({
        name: 'logEntry',
        arguments: {
          title: 'Shipped invoice export',
          candidate: { repository: repo.dir, key: offered.key, ...window },
          links: [
            { title: 'Design doc', url: 'https://docs.example.com/invoices' },
            { title: 'The notes again', url: 'https://github.com/acme/billing/blob/main/CHANGELOG.md' },
          ],
        },
      });
      assert.ok(!(logged as ToolText).isError, textOf(logged));
      const saved = (
        JSON.parse(readFileSync(journal, 'utf8')) as {
          entries: Array<{ title: string; sources: Array<{ type: string; sha?: string }>; links?: Array<{ title: string; url: string }> }>;
        }
      ).entries.find((e) => e.title === 'Shipped invoice export');
      assert.ok(
        saved?.sources.some((s) => s.type === 'commit' && s.sha === sha),
        'the commit is the entry’s evidence',
      );
      assert.deepEqual(
        saved?.links,
        [
          { title: 'Shipped in 3.2.0 (CHANGELOG.md)', url: 'https://github.com/acme/billing/blob/main/CHANGELOG.md' },
          { title: 'Design doc', url: 'https://docs.example.com/invoices' },
        ],
        'where it shipped first, then the links given (the same URL once)',
      );

      const again = await client.callTool({ name: 'listCandidates', arguments: { repository: repo.dir, ...window } });
      assert.ok(!(again.structuredContent as { candidates: Array<{ key: string }> }).candidates.some((c) => c.key === offered.key), 'not offered again');
      const twice = await client.callTool({
        name: 'logEntry',
        arguments: { title: 'Again', candidate: { repository: repo.dir, key: offered.key, ...window } },
      });
      assert.equal((twice as ToolText).isError, true);
      assert.match(textOf(twice), /logged or dismissed already/);
    } finally {
      repo.remove();
    }
  });

  it('refuses hostile arguments with errors that say what is wrong, and writes nothing', async () => {
    const before = readFileSync(journal, 'utf8');
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['logEntry', { title: '' }, /title/],
      ['logEntry', { title: 'x'.repeat(301) }, /title/],
      ['logEntry', { title: 'ok', kind: 'promotion' }, /kind/],
      ['logEntry', { title: 'ok', occurredAt: '2026-02-30' }, /occurredAt/],
      ['logEntry', { title: 'ok', competencies: ['wizardry'] }, /Unknown competency wizardry/],
      ['logEntry', { title: 'ok', competencies: 'system-design' }, /competencies/],
      ['logEntry', { title: 'ok', links: [{ title: 'x', url: 'javascript:alert(1)' }] }, /http/],
      ['logEntry', { title: 'ok', sources: [{ type: 'commit', sha: 'feed' }] }, /sources|Unrecognized/i],
      ['logEntry', { title: 'ok', candidate: { repository: 'relative/path', key: 'k' } }, /absolute path/],
      ['searchEntries', { limit: 100000 }, /limit/],
      ['searchEntries', { query: 'x'.repeat(5000) }, /query/],
      ['listCandidates', { repository: '/definitely/not/here' }, /not a folder/],
      ['listCandidates', { repository: dir }, /not a git repository|repository/i],
      ['listCandidates', { since: '2026-05-01', until: '2026-01-01' }, /since must be before until/],
    ];
    for (const [name, args, reason] of cases) {
      const r = await client.callTool({ name, arguments: args });
      assert.equal((r as ToolText).isError, true, `${name} ${JSON.stringify(args).slice(0, 80)} is refused`);
      assert.match(textOf(r), reason, `${name} says why: ${textOf(r)}`);
    }
    await assert.rejects(client.readResource({ uri: 'impact-journal://period/next-tuesday' }), /not a period/);
    await assert.rejects(client.readResource({ uri: 'impact-journal://entry/nope' }), /No entry nope/);
    assert.equal(readFileSync(journal, 'utf8'), before, 'the journal is unchanged');
  });
});
