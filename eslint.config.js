import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tmp/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Regular expressions run on text strangers write: none may take more than
    // linear time on any input (tests/engine/redos.test.ts checks the rule
    // patterns built at run time the same way).
    files: ['src/**'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // The engine must run unchanged in Node, the CLI and the extension.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt', 'wxt/*', 'preact', 'preact/*', 'webextension-polyfill', 'onnxruntime-web', 'onnxruntime-web/*', 'node:*'] },
      ],
    },
  },
);
