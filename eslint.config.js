import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import testingLibrary from 'eslint-plugin-testing-library';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import vitest from '@vitest/eslint-plugin';

/** Each layer may import only the layers listed before it. */
function layers(order) {
  return order.slice(0, -1).map((target, index) => ({ target, from: order.slice(index + 1) }));
}

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    // Without a TypeScript resolver import-x cannot find `./task-detail-page` (no extension) and
    // silently skips it, so the dependency-direction rule below would check nothing.
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json', alwaysTryTypes: true }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Type-aware: a promise nobody awaits or catches loses its rejection, and a promise handed
    // to something that expects a plain callback (an onClick, a setTimeout) is never awaited.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // A scrollable region a keyboard must be able to scroll is focusable and named (WCAG
      // 2.1.1; axe's scrollable-region-focusable): role="region" joins the rule's default.
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
    },
  },
  {
    // Every word a user reads goes through the i18n layer (src/lib/i18n.ts): none is written
    // straight into the markup. tests/unit/lib/catalog-completeness.test.ts checks the rest.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-z]{2}/]',
          message: 'Words the user reads go through t() from src/lib/i18n.ts.',
        },
        {
          selector: 'JSXExpressionContainer > Literal[value=/[A-Za-z]{2}/]',
          message: 'Words the user reads go through t() from src/lib/i18n.ts.',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/] > Literal[value=/[A-Za-z]/]',
          message: 'Labels the user hears or reads go through t() from src/lib/i18n.ts.',
        },
      ],
    },
  },
  {
    // React Router's own <Link> and <NavLink> bring its framework mode's prefetching along,
    // about 2 kB gzip of the first page: src/components/ui/link.tsx has the app's.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router',
              importNames: ['Link', 'NavLink'],
              message: 'Use Link or NavLink from src/components/ui/link.tsx.',
            },
          ],
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // One direction of dependencies, from the bottom up: lib (generic helpers) -> domain (the
    // response model and what is known of tasks, pure) -> stores (client state) -> api (the one
    // HTTP seam) -> hooks -> components/ui -> features -> app. Features never import each other;
    // they are composed in the app's routes. The Node server stands apart from the browser code:
    // `server/` never imports `src/` (scripts and tests may import both).
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features/tasks', from: './src/features', except: ['./tasks'] },
            {
              target: './src/features/task-detail',
              from: './src/features',
              except: ['./task-detail'],
            },
            { target: './src/features/settings', from: './src/features', except: ['./settings'] },
            { target: './src/features/compare', from: './src/features', except: ['./compare'] },
            ...layers([
              './src/lib',
              './src/domain',
              './src/stores',
              './src/api',
              './src/hooks',
              './src/components',
              './src/features',
              './src/app',
            ]),
            { target: './server', from: './src' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/components/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // A test that cannot fail is a defect: every test asserts, and no assertion or test hides
    // behind a branch that may not run.
    files: ['tests/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      'vitest/no-conditional-expect': 'error',
      'vitest/no-conditional-tests': 'error',
      'vitest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'expect.poll', 'expectReading'] },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'tests/e2e/**/*.ts', 'tests/integration/**/*.ts', 'scripts/**/*'],
    rules: { 'no-console': 'off' },
  },
);
