import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Imports flow one way: shared ← main/core ← main glue / host; renderer → shared only. */
const layerRules = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layerRules([
        {
          group: ['electron', 'node:*', '**/main/**', '**/preload/**'],
          message: 'The renderer talks to the Node side only through api/client.ts.',
        },
      ]),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ...{
      rules: layerRules([
        {
          group: ['electron', 'node:*', '**/main/**', '**/renderer/**', '**/preload/**'],
          message: 'src/shared is pure: no Electron, Node or DOM.',
        },
      ]),
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/host/**/*.ts'],
    rules: layerRules([
      {
        group: ['electron'],
        message: 'Only the Electron glue (src/main/*.ts) and the preload import electron.',
      },
      { group: ['**/renderer/**'], message: 'The Node side never imports the renderer.' },
    ]),
  },
)
