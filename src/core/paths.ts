/**
 * What a path in a repository is, by its name alone: generated or vendored, and which area of the
 * codebase it belongs to. Shared by grouping (units), conventions and scoring (notability).
 */

const GENERATED =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|go\.sum|poetry\.lock|Pipfile\.lock|uv\.lock|Gemfile\.lock|composer\.lock|mix\.lock|flake\.lock)$|(^|\/)(dist|build|out|vendor|third_party|node_modules|__snapshots__|\.yarn)\/|\.(snap|min\.js|min\.css|map|pb\.go|lock)$|(^|\/)generated\//i;

/** Folders that hold areas rather than being one (`packages/vite/…` is the area `packages/vite`). */
export const CONTAINERS: ReadonlySet<string> = new Set([
  'src',
  'lib',
  'packages',
  'apps',
  'app',
  'services',
  'internal',
  'pkg',
  'cmd',
  'modules',
  'crates',
  'components',
]);

/** True for lockfiles, build output, vendored code and snapshots: excluded from size signals. */
export function isGeneratedPath(path: string): boolean {
  return GENERATED.test(path);
}

/** The area of the codebase a path belongs to: `src/git/x.ts` → `src/git`, `README.md` → `(root)`. */
export function areaOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return '(root)';
  if (CONTAINERS.has(parts[0]!) && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}
