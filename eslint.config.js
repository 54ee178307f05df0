// ESLint: the recommended rules of JavaScript, typescript-eslint and eslint-plugin-svelte; formatting
// is Prettier's job (eslint-config-prettier turns the overlapping rules off).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-real/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'static/data/',
			'.cache/',
			'bench/results/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Unused arguments named with a leading underscore are intentional (callback signatures).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links go through Paraglide's localizeHref (it adds the language prefix; there is no base path),
			// and navigation only changes the query of the current path: resolve() has nothing to add.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreGoto: true, ignorePushState: true, ignoreReplaceState: true }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	}
);
