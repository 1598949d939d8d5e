/**
 * Competency frameworks. The default is drawn from public career frameworks
 * (Dropbox's engineering career framework, CircleCI's, Sarah Drasner's engineering ladders and
 * Julia Evans' brag document sections).
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { Competency } from './model';
import { OTHER_COMPETENCY } from './limits';

/**
 * A preset competency: its id is what entries, goals and ratings store; its label and description
 * are only shown, so they are read (and translated) when shown, never when this module loads.
 */
function preset(id: string, label: () => string, description: () => string): Competency {
  return {
    id,
    get label() {
      return label();
    },
    get description() {
      return description();
    },
  };
}

/** The default framework, in the order it is shown. */
export const DEFAULT_COMPETENCIES: readonly Competency[] = [
  preset(
    'impact-ownership',
    () => l10n.t('Impact & ownership'),
    () => l10n.t('Owns outcomes end to end, not just tickets; work that moved a goal.'),
  ),
  preset(
    'execution-delivery',
    () => l10n.t('Execution & delivery'),
    () => l10n.t('Ships features and projects predictably; scopes, plans and lands work.'),
  ),
  preset(
    'code-quality',
    () => l10n.t('Code quality & craft'),
    () => l10n.t('Readable, tested, maintainable code; pays down tech debt.'),
  ),
  preset(
    'system-design',
    () => l10n.t('System design'),
    () => l10n.t('Designs components and systems; makes sound trade-offs across boundaries.'),
  ),
  preset(
    'reliability-operations',
    () => l10n.t('Reliability & operations'),
    () => l10n.t('Incidents resolved, on-call, performance, security, observability.'),
  ),
  preset(
    'code-review',
    () => l10n.t('Code review'),
    () => l10n.t('Thoughtful, timely reviews that raise the bar for the team.'),
  ),
  preset(
    'communication',
    () => l10n.t('Communication'),
    () => l10n.t('Explains technical work so others can act on it.'),
  ),
  preset(
    'collaboration',
    () => l10n.t('Collaboration'),
    () => l10n.t('Works across people and teams; pairs; builds consensus.'),
  ),
  preset(
    'mentorship',
    () => l10n.t('Mentorship'),
    () => l10n.t('Makes others more effective: teaching, pairing, onboarding.'),
  ),
  preset(
    'design-documentation',
    () => l10n.t('Design & documentation'),
    () => l10n.t('Design docs, RFCs, ADRs, READMEs, runbooks.'),
  ),
  preset(
    'direction-innovation',
    () => l10n.t('Direction & innovation'),
    () => l10n.t('Sets technical direction; proposes and proves new approaches.'),
  ),
  preset(
    'org-building',
    () => l10n.t('Org building'),
    () => l10n.t('Hiring, interviewing, processes and culture that outlast a project.'),
  ),
  preset(
    'learning-growth',
    () => l10n.t('Learning & growth'),
    () => l10n.t('New skills, technologies and domains learned deliberately.'),
  ),
];

/** Id of the pseudo-competency under which entries without a known competency are shown. */

/**
 * The setting `impactJournal.competencies`: a non-empty list of competencies with unique ids.
 * An empty list means "use the default framework".
 */
export const CompetencyList = z.array(Competency).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const [i, c] of list.entries()) {
    if (c.id === OTHER_COMPETENCY)
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: l10n.t('"{0}" is reserved for entries outside the framework', OTHER_COMPETENCY) });
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: l10n.t('duplicate competency id "{0}"', c.id) });
    seen.add(c.id);
  }
});

/**
 * Groups of competency ids for display: the framework's competencies in order, then "Other" for
 * ids that are not in the framework (entries are never hidden because the framework changed).
 * Returns `[competency, entries]` pairs, skipping competencies with no entries.
 */
export function groupByCompetency<T extends { competencies: readonly string[] }>(
  items: readonly T[],
  framework: readonly Competency[],
): Array<[Competency, T[]]> {
  const known = new Map(framework.map((c) => [c.id, [] as T[]]));
  const other: T[] = [];
  for (const item of items) {
    const ids = item.competencies.filter((id) => known.has(id));
    for (const id of ids) known.get(id)!.push(item);
    if (ids.length === 0) other.push(item);
  }
  const groups: Array<[Competency, T[]]> = framework.filter((c) => known.get(c.id)!.length > 0).map((c) => [c, known.get(c.id)!]);
  if (other.length > 0) {
    groups.push([{ id: OTHER_COMPETENCY, label: l10n.t('Other'), description: l10n.t('Entries whose competencies are not in the active framework.') }, other]);
  }
  return groups;
}

/** A competency framework users recognise, offered in settings and in a quick pick. */
export interface Framework {
  /** Value of the setting `impactJournal.framework`. */
  readonly id: FrameworkId;
  readonly label: string;
  /** Where it comes from, shown in the quick pick. */
  readonly detail: string;
  readonly competencies: readonly Competency[];
}

/** A preset framework whose label and detail are read (and translated) when shown. */
function framework(id: FrameworkId, label: () => string, detail: () => string, competencies: readonly Competency[]): Framework {
  return {
    id,
    get label() {
      return label();
    },
    get detail() {
      return detail();
    },
    competencies,
  };
}

/** Ids of the preset frameworks (the setting's enum). */
export const FRAMEWORK_IDS = ['default', 'dropbox', 'bragDocument', 'engineeringLadders'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/**
 * The preset frameworks. Sources: Dropbox's Engineering Career Framework (2020, dropbox.github.io/dbx-career-framework:
 * core responsibilities Results, Direction, Talent, Culture, plus Craft); Julia Evans' brag document template
 * (jvns.ca/blog/brag-documents, its sections without the two goal sections, which are goals here);
 * engineeringladders.com (Jorge Ramón: the five axes Technology, System, People, Process, Influence).
 */
export const FRAMEWORKS: readonly Framework[] = [
  framework(
    'default',
    () => l10n.t('Impact Journal default'),
    () => l10n.t('13 competencies drawn from public career frameworks'),
    DEFAULT_COMPETENCIES,
  ),
  framework(
    'dropbox',
    () => l10n.t('Dropbox-style career framework'),
    () => l10n.t('Results, Direction, Talent, Culture and Craft'),
    [
      preset(
        'results',
        () => l10n.t('Results'),
        () => l10n.t('Delivers work that matters to the business; owns outcomes and quality.'),
      ),
      preset(
        'direction',
        () => l10n.t('Direction'),
        () => l10n.t('Sets or shapes technical and product direction; plans and prioritises.'),
      ),
      preset(
        'talent',
        () => l10n.t('Talent'),
        () => l10n.t('Grows people: mentoring, interviewing, feedback, onboarding.'),
      ),
      preset(
        'culture',
        () => l10n.t('Culture'),
        () => l10n.t('Makes the team better: collaboration, inclusion, communication.'),
      ),
      preset(
        'craft',
        () => l10n.t('Craft'),
        () => l10n.t('Engineering excellence: code, design, testing, operations.'),
      ),
    ],
  ),
  framework(
    'bragDocument',
    () => l10n.t('Brag document sections'),
    () =>
      l10n.t({
        message: "Julia Evans' template: projects, collaboration & mentorship, design & documentation, …",
        comment: ['Where a preset competency framework comes from, shown in the framework quick pick'],
      }),
    [
      preset(
        'projects',
        () => l10n.t('Projects'),
        () => l10n.t('What you built or shipped, and what it changed.'),
      ),
      preset(
        'collaboration-mentorship',
        () => l10n.t('Collaboration & mentorship'),
        () => l10n.t('Helping others, code review, pairing, mentoring, onboarding.'),
      ),
      preset(
        'design-documentation',
        () => l10n.t('Design & documentation'),
        () => l10n.t('Design docs, RFCs, documentation you wrote or improved.'),
      ),
      preset(
        'company-building',
        () => l10n.t('Company building'),
        () => l10n.t('Hiring, interviewing, processes, culture.'),
      ),
      preset(
        'what-you-learned',
        () => l10n.t('What you learned'),
        () => l10n.t('New skills, technologies and domains.'),
      ),
      preset(
        'outside-of-work',
        () => l10n.t('Outside of work'),
        () => l10n.t('Talks, open source, writing, community.'),
      ),
    ],
  ),
  framework(
    'engineeringLadders',
    () => l10n.t('Engineering ladders (five axes)'),
    () => l10n.t('Technology, System, People, Process, Influence (engineeringladders.com)'),
    [
      preset(
        'technology',
        () => l10n.t('Technology'),
        () => l10n.t('Mastery of languages, tools and practices.'),
      ),
      preset(
        'system',
        () => l10n.t('System'),
        () => l10n.t('Designs, owns and evolves systems.'),
      ),
      preset(
        'people',
        () => l10n.t('People'),
        () => l10n.t('Mentors, coaches and grows others.'),
      ),
      preset(
        'process',
        () => l10n.t('Process'),
        () => l10n.t('Follows, improves and defines how the team works.'),
      ),
      preset(
        'influence',
        () => l10n.t('Influence'),
        () => l10n.t('Reach of impact: team, multiple teams, company, community.'),
      ),
    ],
  ),
];

/** The preset with id `id` (the default framework for an unknown id). */
export function frameworkById(id: string): Framework {
  return FRAMEWORKS.find((f) => f.id === id) ?? FRAMEWORKS[0]!;
}
