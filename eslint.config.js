// ESLint for supplygraph: typescript-eslint's recommended type-checked rules over every TypeScript
// project (the server, seed, bench, client and tests through tsconfig.json; the IDE through
// web/tsconfig.json). `npm run lint`; CI runs it after the type check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'client/generated/', 'web/dist/', 'dist/', 'neo4j/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and the bench read the servers' JSON answers through one untyped view (`Answer` in
    // test/helpers/context.ts and bench/http.ts): their shape is the query's own, and the
    // assertions (the bench: the comparison of the sides) are what check it.
    files: ['test/**/*.ts', 'bench/ops.ts', 'bench/roundtrips.ts', 'bench/http.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
