import * as assert from 'node:assert/strict';
import { citedSummary, draftedStatement, questionPrompt, statementPrompt, summaryPrompt } from '../../../src/core/aiDrafts';
import { DEFAULT_COMPETENCIES } from '../../../src/core/competencies';
import { exportPeriod } from '../../../src/core/markdownExport';
import { emptyJournal, type Entry } from '../../../src/core/model';
import { periodFromKey } from '../../../src/core/quarters';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const entry = (id: string, title: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  kind: 'impact',
  title,
  body: '',
  competencies: ['system-design'],
  occurredAt: '2026-08-14',
  createdAt: '2026-08-14T10:00:00.000Z',
  updatedAt: '2026-08-14T10:00:00.000Z',
  sources: [{ type: 'manual' }],
  tags: [],
  ...extra,
});
const design = DEFAULT_COMPETENCIES.find((c) => c.id === 'system-design')!;
const billing = entry(A, 'Moved billing to the event bus', {
  body: 'Invoices now leave within a minute.',
  links: [{ title: 'Design doc', url: 'https://docs.example.com/billing' }],
});
const cache = entry(B, 'Designed the <b>cache</b> layer', { occurredAt: '2026-09-02' });

describe('drafts grounded in the journal (core/aiDrafts.ts)', () => {
  it('the summary prompt lists each entry with its id, date, title and statement, and asks for citations', () => {
    const prompt = summaryPrompt(design, [billing, cache], '2026 Q3');
    assert.match(prompt, /System design/);
    assert.match(prompt, /2026 Q3/);
    assert.match(prompt, new RegExp(`\\[${A}\\] 2026-08-14, impact: Moved billing to the event bus — Invoices now leave within a minute\\.`));
    assert.match(prompt, new RegExp(`\\[${B}\\] 2026-09-02`));
    assert.match(prompt, /End every sentence with the ids/);
    assert.ok(!prompt.includes('https://docs.example.com'), 'no evidence URLs are sent');
  });

  it('keeps sentences that cite a given entry, turns the citations into links, drops the rest', () => {
    const text = `I moved billing to events [${A}]. I designed a cache [${B}, ${A}]! I also led the whole company. I invented a number [99999999-9999-4999-8999-999999999999].`;
    const s = citedSummary(text, [billing, cache]);
    assert.equal(s.kept, 2);
    assert.equal(s.dropped, 2, 'the uncited sentence and the one citing an unknown id');
    assert.equal(
      s.markdown,
      'I moved billing to events. ([Moved billing to the event bus](<https://docs.example.com/billing>)) ' +
        'I designed a cache! (*Designed the \\<b\\>cache\\</b\\> layer*; [Moved billing to the event bus](<https://docs.example.com/billing>))',
    );
    assert.ok(!s.markdown.includes('whole company'));
  });

  it('what the model writes stays text: markup is escaped', () => {
    const s = citedSummary(`I shipped <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) [${A}].`, [billing]);
    assert.ok(!/(^|[^\\])<img/.test(s.markdown), `no raw tag: ${s.markdown}`);
    assert.ok(!/(^|[^\\])\]\(javascript:/.test(s.markdown), `no live link: ${s.markdown}`);
    assert.match(s.markdown, /^I shipped \\<img/);
  });

  it('the competency review prints a drafted summary under its competency', () => {
    const journal = { ...emptyJournal(), entries: [billing, cache] };
    const summaries = new Map([['system-design', { markdown: citedSummary(`I moved billing [${A}].`, [billing]).markdown, model: 'Echo (test)' }]]);
    const markdown = exportPeriod(journal, {
      period: periodFromKey('2026-Q3')!,
      competencies: DEFAULT_COMPETENCIES,
      generatedAt: new Date('2026-10-01T12:00:00Z'),
      summaries,
    });
    const section = markdown.slice(markdown.indexOf('## System design'));
    assert.match(
      section,
      /^## System design\n\n_2 impact entries, 0 learning entries\._\n\n\*\*Summary\*\* _\(drafted by Echo \(test\); each sentence cites its entries\)_: I moved billing\. \(\[Moved billing/,
    );
  });

  it('the statement prompt holds the messages, sizes and file paths of the work, and asks for the past tense without invented results', () => {
    const prompt = statementPrompt(
      {
        title: 'Fix checkout outage',
        pullRequest: { number: 42, title: 'Fix checkout outage', body: 'Retries failed payments.' },
        commits: [
          { subject: 'Retry failed payments', body: 'Gateways time out under load.', additions: 140, deletions: 3 },
          { subject: 'Test the retry', body: '', additions: 40, deletions: 0 },
        ],
        files: ['src/payments/retry.ts', 'src/payments/retry.test.ts'],
      },
      'impact',
    );
    assert.match(prompt, /impact statement/);
    assert.match(prompt, /past tense/);
    assert.match(prompt, /do not invent results/);
    assert.match(prompt, /Pull request #42: Fix checkout outage — Retries failed payments\./);
    assert.match(prompt, /Size: 2 commits, \+180 −3 lines in 2 files/);
    assert.match(prompt, /^- Retry failed payments \(\+140 −3\)\n {2}Gateways time out under load\.$/m);
    assert.match(prompt, /^- src\/payments\/retry\.ts$/m);
  });

  it('a drafted statement is one plain paragraph within the limit', () => {
    assert.equal(draftedStatement('Statement: "I fixed\n the outage."', 100), 'I fixed the outage.');
    assert.equal(draftedStatement('x'.repeat(50), 10), 'x'.repeat(10));
  });

  it('the question prompt lists the entries it may cite and the question', () => {
    const prompt = questionPrompt('what did I do on billing?', [billing], '2026-10-01');
    assert.match(prompt, /Question: what did I do on billing\?/);
    assert.match(prompt, new RegExp(`\\[${A}\\] 2026-08-14, impact: Moved billing`));
    assert.match(prompt, /End every sentence with the ids/);
  });
});
