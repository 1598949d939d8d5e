/** The webview's view state (host side) and its filtering, grouping and evidence (webview side), in node. */
import * as assert from 'node:assert/strict';
import { DEFAULT_COMPETENCIES, FRAMEWORKS, frameworkById } from '../../../src/core/competencies';
import { buildViewState } from '../../../src/vscode/webview/viewState';
import { buildRows, evidence, filterEntries, goalEvidence, periodOf, repositories, selectedRange, type Filters } from '../../../media/journalModel';
import { GOAL_MIGRATION, NOW, smallJournal, uuid } from '../../webview/sampleJournal';

const ALL: Filters = { period: 'all', from: '', to: '', kind: 'all', repo: '', project: '', tag: '', text: '' };
const state = buildViewState(smallJournal(), { framework: DEFAULT_COMPETENCIES, frameworkLabel: 'default', fiscalYearStartMonth: 1, now: NOW });

describe('journal webview: view state', () => {
  it('lists live entries newest first, with their repositories and goals', () => {
    assert.deepEqual(
      state.entries.map((e) => e.id),
      [1, 2, 3, 4, 5, 6, 7, 8].map(uuid),
    );
    assert.deepEqual(state.entries[1]!.repos, ['github.com/acme/payments']);
    assert.deepEqual(state.entries[5]!.goals, [GOAL_MIGRATION]);
    assert.equal(state.entries[1]!.sources[0]!.label, 'reviewed PR #57');
  });

  it("names GitLab's merge requests as GitLab does: 'MR !12', 'reviewed MR !57'", () => {
    const journal = smallJournal();
    const mr = (number: number, role: 'author' | 'reviewer') => ({
      type: 'pullRequest' as const,
      provider: 'gitlab',
      repo: 'gitlab.com/acme/platform',
      number,
      title: 'ADR 7: event bus',
      url: `https://gitlab.com/acme/platform/-/merge_requests/${number}`,
      role,
    });
    const gitlab = { ...journal, entries: journal.entries.map((e, i) => (i === 1 ? { ...e, sources: [mr(12, 'author'), mr(57, 'reviewer')] } : e)) };
    const labels = buildViewState(gitlab, {
      framework: DEFAULT_COMPETENCIES,
      frameworkLabel: 'default',
      fiscalYearStartMonth: 1,
      now: NOW,
    }).entries[1]!.sources.map((s) => s.label);
    assert.deepEqual(labels, ['MR !12', 'reviewed MR !57']);
  });

  it('offers quarters, halves and years holding an entry or today, then all time; fiscal quarters only with a fiscal year', () => {
    const keys = (kind: string, s = state) => s.periods.filter((p) => p.kind === kind).map((p) => p.key);
    assert.deepEqual(keys('quarter'), ['2026-Q4', '2026-Q3', '2025-Q2']);
    assert.deepEqual(keys('half'), ['2026-H2', '2025-H1']);
    assert.deepEqual(keys('year'), ['2026', '2025']);
    assert.deepEqual(keys('fiscalQuarter'), []);
    assert.equal(state.periods.at(-1)?.key, 'all');
    assert.deepEqual(
      state.periods.find((p) => p.key === '2026-Q4'),
      { key: '2026-Q4', label: '2026 Q4', kind: 'quarter', start: '2026-10-01', end: '2027-01-01' },
    );
    const fiscal = buildViewState(smallJournal(), { framework: DEFAULT_COMPETENCIES, frameworkLabel: 'default', fiscalYearStartMonth: 2, now: NOW });
    assert.deepEqual(keys('fiscalQuarter', fiscal).slice(0, 2), ['FY2027-Q4', 'FY2027-Q3']);
    assert.equal(fiscal.currentQuarter, 'FY2027-Q4');
    assert.equal(fiscal.defaultPeriod, 'FY2027-Q4');
  });

  it('opens on the current quarter, or the latest quarter with entries when the current one has none', () => {
    assert.equal(state.defaultPeriod, '2026-Q4');
    const later = buildViewState(smallJournal(), {
      framework: DEFAULT_COMPETENCIES,
      frameworkLabel: 'default',
      fiscalYearStartMonth: 1,
      now: new Date(2027, 4, 1),
    });
    assert.equal(later.defaultPeriod, '2026-Q4');
    assert.equal(later.currentQuarter, '2027-Q2');
  });

  it('rating quarters run from four quarters ahead (goal targets) back past every entry and rating', () => {
    assert.deepEqual(
      state.quarters.slice(0, 5).map((q) => q.key),
      ['2027-Q4', '2027-Q3', '2027-Q2', '2027-Q1', '2026-Q4'],
    );
    assert.ok(state.quarters.some((q) => q.key === '2025-Q2'));
  });

  it('an unreadable journal gives its error and no entries', () => {
    const broken = buildViewState(undefined, {
      framework: DEFAULT_COMPETENCIES,
      frameworkLabel: 'default',
      fiscalYearStartMonth: 1,
      now: NOW,
      error: 'journal.json is not valid JSON',
    });
    assert.equal(broken.error, 'journal.json is not valid JSON');
    assert.deepEqual(broken.entries, []);
  });
});

describe('journal webview: filters, groups, evidence', () => {
  it('filters by period (custom range inclusive), kind, repository and every word of the text', () => {
    const ids = (f: Partial<Filters>) => filterEntries(state.entries, state.periods, { ...ALL, ...f }).map((e) => Number(e.id.slice(-3)));
    assert.deepEqual(ids({ period: '2026-Q4' }), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(ids({ period: '2025' }), [8]);
    assert.deepEqual(ids({ period: 'custom', from: '2026-08-14', to: '2026-10-09' }), [6, 7]);
    assert.deepEqual(ids({ period: 'custom', from: '', to: '2026-01-01' }), [8]);
    assert.deepEqual(ids({ kind: 'learning' }), [3]);
    assert.deepEqual(ids({ repo: 'github.com/acme/shop' }), [1, 8]);
    assert.deepEqual(ids({ text: 'BILLING queue' }), [4, 6]);
    assert.deepEqual(ids({ text: 'retry payments 57' }), [2], 'title, repository and source label');
    assert.deepEqual(ids({ text: 'grafana' }), [1], 'the statement (its link target)');
    assert.equal(selectedRange(state.periods, { ...ALL, period: 'gone' }).label, 'All time', 'an unknown period shows everything');
  });

  it('groups by competency in framework order: shared entries under each, with the mark; others under Other; collapsed groups keep their header', () => {
    const q4 = filterEntries(state.entries, state.periods, { ...ALL, period: '2026-Q4' });
    const rows = buildRows(q4, 'competency', state.framework, new Set(['mentorship']));
    const headers = rows.filter((r) => r.type === 'header').map((r) => `${r.label} ${r.impact}/${r.learning}${r.collapsed ? ' (collapsed)' : ''}`);
    assert.deepEqual(headers, [
      'Execution & delivery 1/0',
      'System design 1/0',
      'Reliability & operations 1/0',
      'Code review 1/0',
      'Mentorship 1/0 (collapsed)',
      'Design & documentation 1/0',
      'Learning & growth 0/1',
      'Other 1/0',
    ]);
    const review = rows.find((r) => r.type === 'entry' && r.group === 'code-review');
    assert.deepEqual(review?.type === 'entry' && review.shared, ['Mentorship']);
    assert.equal(rows.filter((r) => r.type === 'entry' && r.group === 'mentorship').length, 0);
    assert.equal(new Set(rows.map((r) => r.key)).size, rows.length, 'row keys are unique (the virtualizer keys rows by them)');
  });

  it('groups by month (newest first) and by repository (no repository last)', () => {
    const labels = (g: 'month' | 'repository') =>
      buildRows(state.entries, g, state.framework, new Set())
        .filter((r) => r.type === 'header')
        .map((r) => r.label);
    assert.deepEqual(labels('month'), ['November 2026', 'October 2026', 'August 2026', 'June 2025']);
    assert.deepEqual(labels('repository'), ['github.com/acme/shop', 'github.com/acme/payments', 'github.com/acme/billing', 'No repository']);
    assert.deepEqual(repositories(state.entries), ['github.com/acme/shop', 'github.com/acme/payments', 'github.com/acme/billing']);
  });

  it('counts evidence per competency, zeros included, an entry once per competency, Other only when used', () => {
    const q4 = filterEntries(state.entries, state.periods, { ...ALL, period: '2026-Q4' });
    const rows = evidence(q4, state.framework);
    assert.equal(rows.length, DEFAULT_COMPETENCIES.length + 1);
    assert.deepEqual(
      rows.find((r) => r.id === 'learning-growth'),
      { id: 'learning-growth', label: 'Learning & growth', impact: 0, learning: 1 },
    );
    assert.equal(rows.filter((r) => r.impact + r.learning === 0).length, 6);
    const ladders = evidence(q4, frameworkById('engineeringLadders').competencies);
    assert.deepEqual(
      ladders.map((r) => `${r.label} ${r.impact + r.learning}`),
      ['Technology 0', 'System 0', 'People 0', 'Process 0', 'Influence 0', 'Other 6'],
    );
    assert.deepEqual(
      goalEvidence(state.entries, GOAL_MIGRATION).map((e) => e.id),
      [uuid(6)],
    );
    assert.equal(periodOf(state, '2026-08-14'), '2026-Q3');
  });

  it('framework presets have unique, valid ids; an unknown preset falls back to the default', () => {
    for (const f of FRAMEWORKS) {
      assert.equal(new Set(f.competencies.map((c) => c.id)).size, f.competencies.length, f.id);
      assert.ok(
        f.competencies.every((c) => /^[a-z0-9][a-z0-9-]*$/.test(c.id) && c.id !== 'other'),
        f.id,
      );
    }
    assert.equal(frameworkById('nope').id, 'default');
  });
});
