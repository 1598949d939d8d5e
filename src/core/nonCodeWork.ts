/**
 * The work that never touches git: templates for "Log non-code work" (mentoring, design reviews,
 * design docs, interviews, incidents, talks, hiring, helping another team, kudos), each with its own
 * prompts and suggested competencies; and when the weekly "Anything this week that is not in git?"
 * row is due. Competency ids are the default framework's (core/competencies.ts); ids outside the
 * active framework are dropped by the capture flow.
 */
import * as l10n from '@vscode/l10n';
import { endOfISOWeek, format, startOfISOWeek } from 'date-fns';
import { liveEntries, type EntryKind, type JournalFile } from './model';
import { toIsoDate } from './quarters';

/** A kind of non-code work and how to ask about it. */
export interface NonCodeTemplate {
  readonly id: string;
  /** As the pick shows it, e.g. `Mentoring`. */
  readonly label: string;
  /** A codicon id, e.g. `mortar-board`. */
  readonly icon: string;
  /** One line under the label: what counts. */
  readonly detail: string;
  readonly kind: EntryKind;
  /** The title box's start, e.g. `Mentored `, for the user to complete. */
  readonly titleStart: string;
  /** The title box's prompt, with an example. */
  readonly titlePrompt: string;
  /** The statement box's prompt, with an example. */
  readonly statementPrompt: string;
  /** Default framework competency ids. */
  readonly competencies: readonly string[];
  /** Tag put on entries made from it, e.g. `mentoring`. */
  readonly tag: string;
}

/** The texts of a template that are shown: read (and translated) when shown, never when this module loads. */
type Shown = 'label' | 'detail' | 'titleStart' | 'titlePrompt' | 'statementPrompt';

/** A template whose shown texts are functions, as a `NonCodeTemplate` (getters). */
function template(t: Omit<NonCodeTemplate, Shown> & { readonly [K in Shown]: () => string }): NonCodeTemplate {
  return {
    id: t.id,
    get label() {
      return t.label();
    },
    icon: t.icon,
    get detail() {
      return t.detail();
    },
    kind: t.kind,
    get titleStart() {
      return t.titleStart();
    },
    get titlePrompt() {
      return t.titlePrompt();
    },
    get statementPrompt() {
      return t.statementPrompt();
    },
    competencies: t.competencies,
    tag: t.tag,
  };
}

/** The templates, in the order the pick shows them. `kudos` is asked differently (who, where, the quote). */
export const NON_CODE_TEMPLATES: readonly NonCodeTemplate[] = [
  template({
    id: 'mentoring',
    label: () => l10n.t('Mentoring'),
    icon: 'mortar-board',
    detail: () => l10n.t('Pairing, 1:1s, onboarding, career advice'),
    kind: 'impact',
    titleStart: () => l10n.t({ message: 'Mentored ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('Who, on what? e.g. "Mentored Sam through their first on-call week"'),
    statementPrompt: () => l10n.t('What changed for them? e.g. "Sam now handles payment incidents alone; paged me 0 times in week 2."'),
    competencies: ['mentorship', 'collaboration'],
    tag: 'mentoring',
  }),
  template({
    id: 'design-review',
    label: () => l10n.t('Design review given'),
    icon: 'comment-discussion',
    detail: () => l10n.t({ message: "Feedback on someone else's design or RFC", comment: ['What counts as the non-code work "Design review given"'] }),
    kind: 'impact',
    titleStart: () =>
      l10n.t({ message: 'Reviewed the design of ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('Which design? e.g. "Reviewed the design of the search indexer RFC"'),
    statementPrompt: () => l10n.t('What did your review change? e.g. "Found the missing backfill plan; the rollout added a dual-write phase."'),
    competencies: ['code-review', 'system-design'],
    tag: 'design-review',
  }),
  template({
    id: 'design-doc',
    label: () => l10n.t('Design doc written'),
    icon: 'file-text',
    detail: () => l10n.t('An RFC, ADR or proposal you wrote'),
    kind: 'impact',
    titleStart: () =>
      l10n.t({ message: 'Wrote the design doc for ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('Which design? e.g. "Wrote the design doc for moving billing to the event bus"'),
    statementPrompt: () => l10n.t('What did it decide, and who used it? e.g. "Aligned 3 teams on one event schema; approved in one review."'),
    competencies: ['design-documentation', 'system-design', 'communication'],
    tag: 'design-doc',
  }),
  template({
    id: 'interview',
    label: () => l10n.t('Interview'),
    icon: 'person',
    detail: () => l10n.t('Interviews given, debriefs, interviewer training'),
    kind: 'impact',
    titleStart: () => l10n.t({ message: 'Interviewed ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('What kind, how many? e.g. "Interviewed 4 backend candidates (system design)"'),
    statementPrompt: () => l10n.t('What came of it? e.g. "Wrote the debrief that led to the offer; calibrated a new interviewer."'),
    competencies: ['org-building'],
    tag: 'interview',
  }),
  template({
    id: 'incident',
    label: () => l10n.t('Incident handled'),
    icon: 'flame',
    detail: () => l10n.t('Incident command, response, the review after'),
    kind: 'impact',
    titleStart: () => l10n.t({ message: 'Led the response to ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('Which incident? e.g. "Led the response to the checkout outage of March 3"'),
    statementPrompt: () => l10n.t('Impact and what changed after? e.g. "Restored checkout in 40 min; the review added gateway timeouts."'),
    competencies: ['reliability-operations', 'impact-ownership'],
    tag: 'incident',
  }),
  template({
    id: 'talk',
    label: () => l10n.t('Talk or presentation'),
    icon: 'megaphone',
    detail: () => l10n.t('Tech talks, demos, brown bags, conference talks'),
    kind: 'impact',
    titleStart: () => l10n.t({ message: 'Presented ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('What, to whom? e.g. "Presented our queue migration at the engineering all-hands"'),
    statementPrompt: () => l10n.t('Who took something away? e.g. "Two teams adopted the outbox pattern afterwards."'),
    competencies: ['communication'],
    tag: 'talk',
  }),
  template({
    id: 'hiring',
    label: () => l10n.t('Hiring'),
    icon: 'organization',
    detail: () => l10n.t('Sourcing, job descriptions, hiring loops'),
    kind: 'impact',
    titleStart: () => l10n.t({ message: 'Hiring: ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('What did you do? e.g. "Hiring: rewrote the backend job description"'),
    statementPrompt: () => l10n.t('What came of it? e.g. "Qualified applicants doubled; filled the role in 6 weeks."'),
    competencies: ['org-building'],
    tag: 'hiring',
  }),
  template({
    id: 'helping-team',
    label: () => l10n.t('Helping another team'),
    icon: 'heart',
    detail: () => l10n.t('Unblocking, consulting, lending a hand'),
    kind: 'impact',
    titleStart: () => l10n.t({ message: 'Helped ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('Which team, with what? e.g. "Helped the mobile team debug their sync race"'),
    statementPrompt: () => l10n.t('What did it unblock? e.g. "Their release shipped on time; the fix is in our shared client."'),
    competencies: ['collaboration', 'impact-ownership'],
    tag: 'helping',
  }),
  template({
    id: 'kudos',
    label: () => l10n.t('Kudos received'),
    icon: 'star-full',
    detail: () => l10n.t('Paste the praise: who said it, where, the quote'),
    kind: 'impact',
    titleStart: () => l10n.t({ message: 'Kudos from ', comment: ['The start of an entry title, which the user completes: keep the trailing space.'] }),
    titlePrompt: () => l10n.t('Who said it?'),
    statementPrompt: () => l10n.t('Paste the quote'),
    competencies: ['collaboration'],
    tag: 'kudos',
  }),
];

/**
 * A kudos entry's title and statement from who said it, where and the quote: the statement is the
 * quote in quotation marks, attributed (plain text: exports print statements as written).
 */
export function kudosEntry(who: string, where: string, quote: string): { title: string; body: string } {
  const quoted = `“${quote.trim().replace(/^["“”]+|["“”]+$/g, '')}”`;
  const source = where.trim() ? `${who.trim()}, ${where.trim()}` : who.trim();
  const title = where.trim() ? l10n.t('Kudos from {0} ({1})', who.trim(), where.trim()) : l10n.t('Kudos from {0}', who.trim());
  return { title, body: `${quoted}\n\n— ${source}` };
}

/** The ISO week of `now` as a key, e.g. `2026-W49` (the weekly row's dismissal is kept per week). */
export function isoWeekKey(now: Date): string {
  return format(now, "RRRR-'W'II");
}

/**
 * True when the weekly "Anything this week that is not in git?" row is due: `enabled` (the digest
 * setting), not dismissed this ISO week (`dismissedWeek`, from `isoWeekKey`), and no entry typed by
 * hand (no commit or PR behind it) dated in this week of `now` (local time).
 */
export function nonCodeNudgeDue(journal: JournalFile, now: Date, dismissedWeek: string | undefined, enabled: boolean): boolean {
  if (!enabled || dismissedWeek === isoWeekKey(now)) return false;
  const start = toIsoDate(startOfISOWeek(now));
  const end = toIsoDate(endOfISOWeek(now));
  return !liveEntries(journal).some((e) => e.occurredAt >= start && e.occurredAt <= end && e.sources.every((s) => s.type === 'manual'));
}
