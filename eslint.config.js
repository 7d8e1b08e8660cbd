// Lint rules that keep the tree honest: type-aware TypeScript rules, and the library core
// (src/core, src/losses, registry, index) kept free of Node built-ins so it runs in browsers.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'util', 'worker_threads'];
const TOOLS = ['cli', 'train', 'monitor', 'report', 'search', 'io', 'data', 'metrics', 'compare', 'threads', 'tfjs', 'explore'];
/** '../monitor/callbacks.js' is another tool's internals; '../monitor/index.js' and types.js are its surface. */
const TOOL_INTERNALS = TOOLS.flatMap((tool) => [`../${tool}/*`, `!../${tool}/index.js`, `!../${tool}/types.js`]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'wasm/assembly/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'List public names explicitly (no export * chains).' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/losses/**/*.ts', 'src/wasm/**/*.ts', 'src/registry.ts', 'src/index.ts'],
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
    // Browser-safe tools (losskit/monitor, /metrics, /report, /train, /tfjs) and the explorer page (web/):
    // no Node built-ins either, and, like every tool, they use other tools through their public index only.
    files: ['src/monitor/**/*.ts', 'src/metrics/**/*.ts', 'src/report/**/*.ts', 'src/train/**/*.ts', 'src/tfjs/**/*.ts', 'web/**/*.ts'],
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
);
