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

/**
 * A library's API dump: the file a tool writes with every public signature, which the build checks
 * against the code, so a change to the public API must change it in the same commit. Kotlin's
 * binary-compatibility-validator (`okhttp/api/jvm/okhttp.api`, `api/okio.klib.api`), API Extractor's
 * report (`etc/core.api.md`, `review/api.api.md`), .NET's PublicApiAnalyzers (`PublicAPI.Unshipped.txt`;
 * `PublicAPI.Shipped.txt` only takes the lines a release moves there) and Android's metalava
 * (`api/current.txt`).
 */
const API_DUMP = /(^|\/)api\/([\w-]+\/)?[\w.-]+\.api$|\.api\.md$|(^|\/)PublicAPI\.Unshipped\.txt$|(^|\/)api\/(current|public_plus_experimental_current)\.txt$/;

/** True for a library's API dump (see `API_DUMP`): a change to it is a change to the public API. */
export function isApiDumpPath(path: string): boolean {
  return API_DUMP.test(path);
}

/** The area of the codebase a path belongs to: `src/git/x.ts` → `src/git`, `README.md` → `(root)`. */
export function areaOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return '(root)';
  if (CONTAINERS.has(parts[0]!) && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}
