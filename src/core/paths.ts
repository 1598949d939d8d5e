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
 * against the code, so a change to the public API changes it too (in the same pull request, if not
 * the same commit). Kotlin's binary-compatibility-validator (`okhttp/api/jvm/okhttp.api`,
 * `api/okio.klib.api`), API Extractor's report (`etc/core.api.md`, `common/reviews/api/core.api.md`;
 * not a hand-written page under `docs/`), .NET's PublicApiAnalyzers (`PublicAPI.Unshipped.txt`,
 * `PublicAPI.Unshipped.net8.0.txt`; `PublicAPI.Shipped.txt` only takes the lines a release moves there)
 * and Android's metalava (`api/current.txt`, `api/system-current.txt`, `api/removed.txt`). go-zero's
 * hand-written service definitions are `.api` files in `api/` folders too: `isApiDumpPath` says so
 * only by the name; notability.ts leaves them out where the work is Go.
 */
const API_DUMP =
  /(^|\/)api\/([\w-]+\/)?[\w.-]+\.api$|^(?!(.*\/)?docs?\/).*\.api\.md$|(^|\/)PublicAPI\.Unshipped[^/]*\.txt$|(^|\/)api\/(((system|module-lib|test)-)?(current|removed)|public_plus_experimental_current)\.txt$/;

/** True for a library's API dump by its path (see `API_DUMP`). */
export function isApiDumpPath(path: string): boolean {
  return API_DUMP.test(path);
}

/** Source code by its extension: the languages of the projects the detector is judged on and their kin. */
const SOURCE_CODE =
  /\.(go|rs|ts|tsx|mts|cts|js|jsx|mjs|cjs|py|rb|java|kt|swift|c|cc|cpp|cxx|h|hpp|m|mm|cs|fs|php|scala|ex|exs|erl|hs|ml|clj|dart|lua|zig|vue|svelte)$/;

/** True for a source-code file by its extension (`pkg/x/y.go`, `src/a.ts`; not `docs/a.md`, `assets/x.json`). */
export function isSourceCodePath(path: string): boolean {
  return SOURCE_CODE.test(path);
}

/** The area of the codebase a path belongs to: `src/git/x.ts` → `src/git`, `README.md` → `(root)`. */
export function areaOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return '(root)';
  if (CONTAINERS.has(parts[0]!) && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}
