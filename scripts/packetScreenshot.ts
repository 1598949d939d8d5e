/**
 * Renders the README's picture of an export: a sample quarter (an engineer's real-looking work:
 * a project with tickets, results and measures, an incident, a design doc, mentoring, kudos, one
 * private entry left out) exported as a brag document by the production export, as the HTML export
 * renders it, screenshotted in headless Chromium: `tsx scripts/packetScreenshot.ts [OUT.png]`
 * (default `media/packet.png`). Needs Chromium (`CHROMIUM`, default /usr/bin/chromium).
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { DEFAULT_COMPETENCIES } from '../src/core/competencies';
import { renderHtmlDocument } from '../src/core/htmlExport';
import { exportPeriod } from '../src/core/markdownExport';
import { emptyJournal, type Entry, type JournalFile } from '../src/core/model';
import { quarterOf } from '../src/core/quarters';

let n = 0;
function entry(fields: Partial<Entry> & Pick<Entry, 'title' | 'occurredAt' | 'competencies'>): Entry {
  n++;
  const stamp = `${fields.occurredAt}T17:00:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    kind: 'impact',
    body: '',
    createdAt: stamp,
    updatedAt: stamp,
    sources: [{ type: 'manual' }],
    tags: [],
    ...fields,
  };
}

const commit = (sha: string, subject: string, additions: number, deletions: number) =>
  ({ type: 'commit', repo: 'github.com/acme/shop', sha, subject, additions, deletions, files: 6, url: `https://github.com/acme/shop/commit/${sha}` }) as const;

const journal: JournalFile = {
  ...emptyJournal(),
  entries: [
    entry({
      title: 'Moved invoicing to the event bus',
      occurredAt: '2026-08-14',
      competencies: ['system-design', 'execution-delivery'],
      project: 'Billing migration',
      body: 'Led the cut-over of invoice generation from the nightly batch to events, in three stages with a dual-write week.',
      result: 'Invoices now reach customers within a minute of the order; the nightly batch was switched off.',
      metric: { name: 'invoice delay', before: '14 h', after: '1', unit: 'min' },
      beneficiaries: 'EU customers and the finance team',
      links: [{ title: 'Design doc', url: 'https://docs.example.com/billing/event-bus' }],
      tickets: [{ key: 'BILL-212', url: 'https://acme.atlassian.net/browse/BILL-212' }],
      sources: [
        {
          type: 'pullRequest',
          provider: 'github',
          repo: 'github.com/acme/shop',
          number: 812,
          title: 'Invoices from order events',
          url: 'https://github.com/acme/shop/pull/812',
          role: 'author',
          state: 'merged',
        },
        commit('4c1e9a07d2b3f5a6c8e0d1f2a3b4c5d6e7f80912', 'Publish invoice events', 420, 35),
      ],
    }),
    entry({
      title: 'Retired the invoice batch job',
      occurredAt: '2026-09-02',
      competencies: ['code-quality'],
      project: 'Billing migration',
      result: 'One fewer 3 am page a month for the billing on-call.',
      tickets: [{ key: 'BILL-230', url: 'https://acme.atlassian.net/browse/BILL-230' }],
      sources: [commit('9ab2c3d4e5f60718293a4b5c6d7e8f9012345678', 'Remove the invoice batch', 35, 1290)],
    }),
    entry({
      title: 'Led the response to the checkout outage of July 21',
      occurredAt: '2026-07-21',
      competencies: ['reliability-operations', 'impact-ownership'],
      body: 'Incident commander; found the gateway timeout, shipped the retry and wrote the review.',
      metric: { name: 'time to restore', after: '38', unit: 'min' },
      links: [{ title: 'Incident review', url: 'https://docs.example.com/incidents/2026-07-21' }],
      tags: ['incident'],
    }),
    entry({
      title: 'Mentored Sam through their first on-call week',
      occurredAt: '2026-08-03',
      competencies: ['mentorship', 'collaboration'],
      body: 'Paired on two pages; wrote the runbook section Sam found missing.',
      result: 'Sam handled the next payment incident alone.',
      tags: ['mentoring'],
    }),
    entry({
      title: 'Kudos from Priya (Slack #finance)',
      occurredAt: '2026-09-18',
      competencies: ['collaboration'],
      body: '“Invoices on time for the first month close ever. Thank you!”\n\n— Priya, Slack #finance',
      tags: ['kudos'],
    }),
    entry({
      title: 'Learned event sourcing',
      kind: 'learning',
      occurredAt: '2026-07-30',
      competencies: ['learning-growth'],
      body: 'Read Vernon’s chapters; applied the outbox pattern to invoices.',
    }),
    entry({ title: 'Salary talk notes', occurredAt: '2026-09-25', competencies: ['impact-ownership'], tags: ['private'] }),
  ],
  goals: [{ id: 'g1', competency: 'system-design', title: 'Lead the billing migration to the event bus', targetQuarter: '2026-Q3', status: 'done' }],
};

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'media', 'packet.png'));
  const quarter = quarterOf(new Date(2026, 7, 1));
  const markdown = exportPeriod(journal, {
    period: quarter,
    layout: 'brag',
    competencies: DEFAULT_COMPETENCIES,
    generatedAt: new Date(2026, 9, 1),
    tags: { exclude: ['private'] },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
    await page.setContent(renderHtmlDocument(markdown, `Brag document — ${quarter.label}`));
    writeFileSync(out, await page.screenshot({ fullPage: false }));
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
