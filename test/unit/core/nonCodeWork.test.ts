import * as assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import { DEFAULT_COMPETENCIES } from '../../../src/core/competencies';
import { emptyJournal, type JournalFile } from '../../../src/core/model';
import { isoWeekKey, kudosEntry, NON_CODE_TEMPLATES, nonCodeNudgeDue } from '../../../src/core/nonCodeWork';
import { toIsoDate } from '../../../src/core/quarters';
import { makeEntry } from '../../fixtures/journal';

describe('non-code work (core/nonCodeWork.ts)', () => {
  it('every template suggests competencies of the default framework, has its own prompts with an example and a tag', () => {
    const ids = new Set(DEFAULT_COMPETENCIES.map((c) => c.id));
    assert.deepEqual(
      NON_CODE_TEMPLATES.map((t) => t.label),
      [
        'Mentoring',
        'Design review given',
        'Design doc written',
        'Interview',
        'Incident handled',
        'Talk or presentation',
        'Hiring',
        'Helping another team',
        'Kudos received',
      ],
    );
    for (const t of NON_CODE_TEMPLATES) {
      assert.ok(t.competencies.length > 0 && t.competencies.every((c) => ids.has(c)), `${t.id}: ${t.competencies.join()}`);
      assert.ok(t.tag && t.titleStart.trim(), t.id);
      if (t.id !== 'kudos') assert.match(`${t.titlePrompt} ${t.statementPrompt}`, /e\.g\. ".+".*e\.g\. ".+"/, t.id);
    }
    assert.equal(new Set(NON_CODE_TEMPLATES.map((t) => t.id)).size, NON_CODE_TEMPLATES.length);
  });

  it('kudos: the quote is quoted and attributed, the title names who (and where)', () => {
    assert.deepEqual(kudosEntry(' Priya ', 'Slack #payments', 'Saved my team a day.\nThank you!'), {
      title: 'Kudos from Priya (Slack #payments)',
      body: '“Saved my team a day.\nThank you!”\n\n— Priya, Slack #payments',
    });
    assert.deepEqual(kudosEntry('Sam', '', '"Great review"'), { title: 'Kudos from Sam', body: '“Great review”\n\n— Sam' });
  });

  it('the weekly row: due once a week until something typed by hand is dated this week or the row is dismissed this week; off with the digest', () => {
    const now = new Date(2026, 11, 2, 15); // a Wednesday
    const journal = (entries: JournalFile['entries']): JournalFile => ({ ...emptyJournal(), entries });
    const today = toIsoDate(now);
    const lastWeek = toIsoDate(addDays(now, -7));
    assert.equal(isoWeekKey(now), '2026-W49');
    assert.equal(nonCodeNudgeDue(journal([]), now, undefined, true), true);
    assert.equal(nonCodeNudgeDue(journal([]), now, undefined, false), false, 'off with the digest setting');
    assert.equal(nonCodeNudgeDue(journal([]), now, '2026-W49', true), false, 'dismissed this week');
    assert.equal(nonCodeNudgeDue(journal([]), now, isoWeekKey(addDays(now, -7)), true), true, 'a dismissal last week does not hold');
    assert.equal(nonCodeNudgeDue(journal([makeEntry({ occurredAt: today, sources: [{ type: 'manual' }] })]), now, undefined, true), false);
    assert.equal(nonCodeNudgeDue(journal([makeEntry({ occurredAt: lastWeek, sources: [{ type: 'manual' }] })]), now, undefined, true), true);
    const fromCommit = makeEntry({
      occurredAt: today,
      sources: [{ type: 'commit', repo: 'r', sha: 'abcdef1', subject: 's', additions: 1, deletions: 0, files: 1 }],
    });
    assert.equal(nonCodeNudgeDue(journal([fromCommit]), now, undefined, true), true, 'work from git does not answer the question');
    const deleted = makeEntry({ occurredAt: today, sources: [{ type: 'manual' }], deletedAt: now.toISOString() });
    assert.equal(nonCodeNudgeDue(journal([deleted]), now, undefined, true), true);
  });
});
