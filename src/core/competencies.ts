/**
 * Competency frameworks. The default is drawn from public career frameworks
 * (Dropbox's engineering career framework, CircleCI's, Sarah Drasner's engineering ladders and
 * Julia Evans' brag document sections).
 */
import * as z from 'zod';
import { Competency } from './model';
import { OTHER_COMPETENCY } from './limits';

/** The default framework, in the order it is shown. */
export const DEFAULT_COMPETENCIES: readonly Competency[] = [
  { id: 'impact-ownership', label: 'Impact & ownership', description: 'Owns outcomes end to end, not just tickets; work that moved a goal.' },
  { id: 'execution-delivery', label: 'Execution & delivery', description: 'Ships features and projects predictably; scopes, plans and lands work.' },
  { id: 'code-quality', label: 'Code quality & craft', description: 'Readable, tested, maintainable code; pays down tech debt.' },
  { id: 'system-design', label: 'System design', description: 'Designs components and systems; makes sound trade-offs across boundaries.' },
  { id: 'reliability-operations', label: 'Reliability & operations', description: 'Incidents resolved, on-call, performance, security, observability.' },
  { id: 'code-review', label: 'Code review', description: 'Thoughtful, timely reviews that raise the bar for the team.' },
  { id: 'communication', label: 'Communication', description: 'Explains technical work so others can act on it.' },
  { id: 'collaboration', label: 'Collaboration', description: 'Works across people and teams; pairs; builds consensus.' },
  { id: 'mentorship', label: 'Mentorship', description: 'Makes others more effective: teaching, pairing, onboarding.' },
  { id: 'design-documentation', label: 'Design & documentation', description: 'Design docs, RFCs, ADRs, READMEs, runbooks.' },
  { id: 'direction-innovation', label: 'Direction & innovation', description: 'Sets technical direction; proposes and proves new approaches.' },
  { id: 'org-building', label: 'Org building', description: 'Hiring, interviewing, processes and culture that outlast a project.' },
  { id: 'learning-growth', label: 'Learning & growth', description: 'New skills, technologies and domains learned deliberately.' },
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
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${OTHER_COMPETENCY}" is reserved for entries outside the framework` });
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate competency id "${c.id}"` });
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
    groups.push([{ id: OTHER_COMPETENCY, label: 'Other', description: 'Entries whose competencies are not in the active framework.' }, other]);
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
  { id: 'default', label: 'Impact Journal default', detail: '13 competencies drawn from public career frameworks', competencies: DEFAULT_COMPETENCIES },
  {
    id: 'dropbox',
    label: 'Dropbox-style career framework',
    detail: 'Results, Direction, Talent, Culture and Craft',
    competencies: [
      { id: 'results', label: 'Results', description: 'Delivers work that matters to the business; owns outcomes and quality.' },
      { id: 'direction', label: 'Direction', description: 'Sets or shapes technical and product direction; plans and prioritises.' },
      { id: 'talent', label: 'Talent', description: 'Grows people: mentoring, interviewing, feedback, onboarding.' },
      { id: 'culture', label: 'Culture', description: 'Makes the team better: collaboration, inclusion, communication.' },
      { id: 'craft', label: 'Craft', description: 'Engineering excellence: code, design, testing, operations.' },
    ],
  },
  {
    id: 'bragDocument',
    label: 'Brag document sections',
    detail: "Julia Evans' template: projects, collaboration & mentorship, design & documentation, …",
    competencies: [
      { id: 'projects', label: 'Projects', description: 'What you built or shipped, and what it changed.' },
      { id: 'collaboration-mentorship', label: 'Collaboration & mentorship', description: 'Helping others, code review, pairing, mentoring, onboarding.' },
      { id: 'design-documentation', label: 'Design & documentation', description: 'Design docs, RFCs, documentation you wrote or improved.' },
      { id: 'company-building', label: 'Company building', description: 'Hiring, interviewing, processes, culture.' },
      { id: 'what-you-learned', label: 'What you learned', description: 'New skills, technologies and domains.' },
      { id: 'outside-of-work', label: 'Outside of work', description: 'Talks, open source, writing, community.' },
    ],
  },
  {
    id: 'engineeringLadders',
    label: 'Engineering ladders (five axes)',
    detail: 'Technology, System, People, Process, Influence (engineeringladders.com)',
    competencies: [
      { id: 'technology', label: 'Technology', description: 'Mastery of languages, tools and practices.' },
      { id: 'system', label: 'System', description: 'Designs, owns and evolves systems.' },
      { id: 'people', label: 'People', description: 'Mentors, coaches and grows others.' },
      { id: 'process', label: 'Process', description: 'Follows, improves and defines how the team works.' },
      { id: 'influence', label: 'Influence', description: 'Reach of impact: team, multiple teams, company, community.' },
    ],
  },
];

/** The preset with id `id` (the default framework for an unknown id). */
export function frameworkById(id: string): Framework {
  return FRAMEWORKS.find((f) => f.id === id) ?? FRAMEWORKS[0]!;
}
