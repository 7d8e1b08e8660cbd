// Lint rules that keep the tree honest: type-aware TypeScript rules, and the library core
// (src/core, src/losses, registry, index) kept free of Node built-ins so it runs in browsers.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'List public names explicitly (no export * chains).' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/losses/**/*.ts', 'src/registry.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'util', 'worker_threads'], message: 'The library core must run in browsers: no Node built-ins.' },
          { group: ['../cli/*', '../train/*', '../monitor/*', '../report/*', '../search/*', '../io/*', '*/cli/*'], message: 'core <- losses <- registry <- tools: the core never imports a tool.' },
        ],
      }],
    },
  },
);
