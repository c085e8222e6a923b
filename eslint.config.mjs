// Lint: typescript-eslint with type information (recommendedTypeChecked) for TypeScript, and
// eslint-plugin-astro for .astro components. `npm run lint` must pass with zero warnings.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'dist-subpath/', '.astro/', 'node_modules/', 'bench/out/'] },
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				// .htmlvalidate.mjs is in the project: tests/dist/html.test.ts imports it.
				projectService: { allowDefaultProject: ['.prettierrc.mjs'] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// node:test's test() and describe() return promises the runner itself awaits.
			'@typescript-eslint/no-floating-promises': [
				'error',
				{ allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
			],
			// `const { dieArea: _omit, ...rest } = chip` is how a test drops a field from a record.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{
		files: ['**/*.astro'],
		// astro-eslint-parser takes `project`, not `projectService`.
		languageOptions: { parserOptions: { parser: tseslint.parser, projectService: false, project: true } },
		rules: {
			// Markup in an .astro template has no type in the program ESLint builds (astro-eslint-parser
			// types template JSX as an error type), so every `.map((x) => <li>…</li>)` would read as an
			// unsafe return. Values computed in the frontmatter are still checked by every other rule.
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
);
