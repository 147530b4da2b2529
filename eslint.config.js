import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/e2e/screenshots', 'tests/e2e/out', '.lighthouse'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.mjs', '*.js', '.ci/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
  // --- embed: the host snippet runs unbundled on other sites, so its syntax must stay ES2019 ---
  {
    files: ['public/embed/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2019, sourceType: 'script', globals: globals.browser },
  },
);
