// Lint rules that keep the tree honest: type-aware TypeScript rules (recommendedTypeChecked), and the library core
// (src/core, src/losses, src/custom, registry, index) kept free of Node built-ins so it runs in browsers.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'util', 'worker_threads'];
const TOOLS = ['cli', 'train', 'monitor', 'report', 'search', 'io', 'data', 'metrics', 'compare', 'threads', 'tfjs', 'explore', 'stats'];
/** '../monitor/callbacks.js' is another tool's internals; '../monitor/index.js' and types.js are its surface. */
/** The modules of losskit/data and losskit/io that read files (Node only); the others are browser.ts's, browser-safe. */
const NODE_ONLY_DATA = ['index', 'files', 'load-table', 'embedded', 'mnist', 'registry'];
const NODE_ONLY_IO = ['index', 'files', 'runs', 'run-layouts', 'walk-detect', 'walk-scan', 'file-runs', 'add-scalars-layout', 'split-files-layout', 'split-folders-layout', 'dvclive-layout', 'allennlp-layout', 'mlflow-store', 'mlflow-run'];
const TOOL_INTERNALS = TOOLS.flatMap((tool) => [`../${tool}/*`, `!../${tool}/index.js`, `!../${tool}/types.js`]);
/**
 * Spreading an array into a call's arguments puts every element on the stack: past ~10^5
 * elements it throws a RangeError (a long training log crashed the terminal chart with
 * Math.min(...xs), issue 11). These are the calls that receive data-sized arrays; use
 * maxOf / minOf / hypotOf (src/core/extent.ts) or a loop.
 */
const EXPORT_ALL = { selector: 'ExportAllDeclaration', message: 'List public names explicitly (no export * chains).' };
const SPREAD_MESSAGE = 'No spread of an array into Math.*, push/unshift/splice or String.fromCharCode: it overflows the stack on long arrays. Use maxOf/minOf/hypotOf (src/core/extent.ts) or a loop.';
const DATA_SPREADS = [
  "CallExpression[callee.object.name='Math'] > SpreadElement",
  "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement",
  "CallExpression[callee.object.name='String'][callee.property.name=/^fromCharCode|fromCodePoint$/] > SpreadElement",
  "CallExpression[callee.property.name='apply'][callee.object.object.name=/^(Math|String)$/]",
].map((selector) => ({ selector, message: SPREAD_MESSAGE }));

export default tseslint.config(
  // What .gitignore leaves out (generated, scratch) is not linted either.
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', '.gl/**', '.whl/**', 'wasm/assembly/**', '**/*.generated.ts'] },
  // Type-aware: the rules read the types through tsconfig.json (projectService).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Off by choice: with noUncheckedIndexedAccess off, every `xs[i]!` is "unnecessary" to the
      // checker (about 1,000 of them), but the `!` marks where an index was proven in range by
      // hand, and they become required the day noUncheckedIndexedAccess is turned on.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // Tests and benchmarks read JSON (CLI output, fixtures, result files) as `any`, print arrays
    // into test names and tables, implement async interfaces synchronously, evaluate the
    // documented examples from their text, and rethrow what they caught.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-implied-eval': 'off',
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', EXPORT_ALL],
    },
  },
  {
    // Shipped and tool code (tests may spread their small reference arrays).
    files: ['src/**/*.ts', 'web/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-restricted-syntax': ['error', EXPORT_ALL, ...DATA_SPREADS] },
  },
  {
    files: ['src/core/**/*.ts', 'src/losses/**/*.ts', 'src/custom/**/*.ts', 'src/wasm/**/*.ts', 'src/registry.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: NODE_BUILTINS, message: 'The library core must run in browsers: no Node built-ins.' },
          { group: TOOLS.map((tool) => `../${tool}/*`), message: 'core <- losses <- registry <- tools: the core never imports a tool.' },
        ],
      }],
    },
  },
  {
    // Browser-safe tools (losskit/monitor, /metrics, /report, /train, /tfjs, /stats) and the explorer page (web/):
    // no Node built-ins either, and, like every tool, they use other tools through their public index only.
    files: ['src/monitor/**/*.ts', 'src/metrics/**/*.ts', 'src/report/**/*.ts', 'src/train/**/*.ts', 'src/tfjs/**/*.ts', 'src/stats/**/*.ts', 'web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: NODE_BUILTINS, message: 'This tool runs in browsers: no Node built-ins.' },
          { group: TOOL_INTERNALS, message: "Use another tool through its index.js (or types.js), never its internals." },
        ],
      }],
    },
  },
  {
    files: ['src/compare/**/*.ts', 'src/data/**/*.ts', 'src/io/**/*.ts', 'src/cli/**/*.ts', 'src/explore/**/*.ts', 'src/search/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: TOOL_INTERNALS, message: "Use another tool through its index.js (or types.js), never its internals." }],
      }],
    },
  },
  {
    // losskit/data and losskit/io as a browser bundle gets them (their browser.ts): no Node built-ins,
    // and none of the modules that read files (the rest of index.ts), not even through each other.
    files: ['src/data/**/*.ts', 'src/io/**/*.ts'],
    ignores: [...NODE_ONLY_DATA.map((file) => `src/data/${file}.ts`), ...NODE_ONLY_IO.map((file) => `src/io/${file}.ts`)],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: NODE_BUILTINS, message: 'The parsers of losskit/data and losskit/io run in browsers: no Node built-ins.' },
          { group: [...new Set([...NODE_ONLY_DATA, ...NODE_ONLY_IO])].map((file) => `./${file}.js`).concat('../data/index.js', '../io/index.js'), message: 'A Node-only module (it reads files): the browser-safe part (browser.ts) must not reach it.' },
          { group: TOOL_INTERNALS, message: "Use another tool through its index.js (or types.js), never its internals." },
        ],
      }],
    },
  },
);
