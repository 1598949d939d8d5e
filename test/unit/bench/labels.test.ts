/**
 * The evaluation harness's arithmetic (test/bench/labels.ts): what the closing figures of `npm run eval:notability`
 * mean, checked on a small label set made here.
 */
import * as assert from 'node:assert/strict';
import { evaluate, pool, type LabelFile } from '../../bench/labels';

const sha = (n: number): string => n.toString(16).padStart(40, '0');
const item = (id: string, kind: LabelFile['items'][number]['kind'], commits: number[]): LabelFile['items'][number] => ({
  id,
  kind,
  release: '1.0.0',
  file: 'CHANGELOG.md',
  section: 'Features',
  text: id,
  commits: commits.map(sha),
});
const labels: LabelFile = {
  repository: 'github.com/example/tool',
  head: sha(99),
  authors: ['me@example.com'],
  since: '2026-01-01',
  until: '2026-04-01',
  use: 'tuning',
  method: 'made in the test',
  reviewed: [],
  items: [
    // one feature, two pull requests that each made part of it
    item('#10 #11 export', 'feature', [1, 2]),
    // one feature, its commits split over a series and a pull request
    item('#20 import', 'feature', [3, 4, 5]),
    item('#30 crash', 'fix', [6]),
    item('docs', 'other', [7]),
    item('#40 speed', 'perf', [8]),
  ],
  unlisted: [sha(9)],
};

describe('eval:notability figures', () => {
  it('precision, recall, offers per item, and which repeated items cite several pull requests', () => {
    const offers = [
      { key: 'pr:tool#10', commits: [sha(1)] },
      { key: 'pr:tool#11', commits: [sha(2)] },
      { key: 'series:tool@' + sha(3), commits: [sha(3), sha(4)] },
      { key: 'pr:tool#21', commits: [sha(5)] },
      { key: 'pr:tool#31', commits: [sha(6)] },
      { key: 'series:tool@' + sha(7), commits: [sha(7)] },
      { key: 'series:tool@' + sha(9), commits: [sha(9)] },
    ];
    const e = evaluate(labels, offers, 20);
    assert.equal(e.offers, 7);
    assert.equal(e.promptRate, 7 / 20);
    assert.equal(e.worthyOffers, 5, 'the docs item and the unlisted commit are no worthy offers');
    assert.deepEqual(e.wrong, ['series:tool@' + sha(7), 'series:tool@' + sha(9)]);
    assert.equal(e.recallItems, 3);
    assert.equal(e.recalled, 2);
    assert.deepEqual(e.missed, ['#40 speed']);
    assert.equal(e.maxOffersPerItem, 2);
    assert.equal(e.repeatedItems, 2, 'export and import are each offered twice');
    assert.equal(e.repeatedAcrossPullRequests, 1, 'only export by pull requests alone: import is one piece of work split');

    const pooled = pool([e, evaluate(labels, [{ key: 'pr:tool#12', commits: [sha(1), sha(2), sha(8)] }], 10)]);
    assert.equal(pooled.offers, 8);
    assert.equal(pooled.precision, 6 / 8);
    assert.equal(pooled.recall, 4 / 6, 'the second set recalls the export and the speed-up');
    assert.equal(pooled.repeatedItems, 2);
    assert.equal(pooled.repeatedAcrossPullRequests, 1);
    assert.equal(pooled.maxOffersPerItem, 2);
  });
});
