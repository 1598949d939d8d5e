// ESLint flat config: typescript-eslint's recommended type-aware rules for TypeScript, plain
// recommended rules for the build scripts.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, with and without `node:`: code that must do no I/O imports none. */
const NODE_BUILTINS = ['node:*', ...builtinModules.flatMap((m) => [m, `${m}/*`])];
/** Libraries that reach the disk, git or the network. */
const IO_LIBRARIES = ['simple-git', 'ky', 'ky/*', '@octokit/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '*.vsix', 'test/e2e/screenshots/**', '.vscode-test/**', 'test/integration/out/**', '.scratch/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'No default exports (DESIGN.md §2).' }],
    },
  },
  // the layers (docs/ARCHITECTURE.md): imports point down only; test/unit/lint.test.ts proves these rules bite
  ...[
    ['src/core/**/*.ts', [...NODE_BUILTINS, ...IO_LIBRARIES, '**/vscode/**', '**/git/**', '**/activity/**', '**/journal/**', '**/io/**']],
    ['src/io/**/*.ts', ['**/vscode/**', '**/git/**', '**/activity/**', '**/journal/**']],
    ['src/git/**/*.ts', ['**/vscode/**', '**/activity/**', '**/journal/**']],
    ['src/activity/**/*.ts', ['**/vscode/**', '**/git/**', '**/journal/**']],
    ['src/journal/**/*.ts', ['**/vscode/**', '**/git/**', '**/activity/**']],
  ].map(([glob, patterns]) => ({ files: [glob], rules: { 'no-restricted-imports': ['error', { paths: ['vscode'], patterns }] } })),
  {
    // the webview runs in a browser: types only from the extension, and the zod-free shared limits, evidence parsers and date labels
    files: ['media/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode'],
          patterns: [
            { group: [...NODE_BUILTINS, ...IO_LIBRARIES], message: 'The webview runs in a browser.' },
            {
              regex: '(^|/)src/(?!core/(limits|evidence|dateLabels)$)',
              allowTypeImports: true,
              message: 'The webview imports only types from the extension (and the zod-free src/core/limits, src/core/evidence and src/core/dateLabels).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
