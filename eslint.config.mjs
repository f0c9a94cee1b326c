// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * What browser code may import: modules that are themselves browser code, or pure helpers (no
 * server modules, no tables of text), each importing only others of this list
 * (tests/unit/lib/browser-imports.test.ts checks that). Interface text and addresses come in as
 * values (`data-strings`, src/lib/client-text.ts), never by importing ui-strings, paths or site.
 */
export const browserModules = [
	// src/client/
	'county-check',
	'download-file',
	'print-button',
	'reader-state',
	'script-page',
	'script-state',
	'wins-filter',
	// src/lib/: loaded by the search button on first open, and the pure helpers
	'search-dialog',
	'client-message',
	'reader-state-store',
	'fill-in-store',
	'mail-link',
	'placeholders',
	'text-safety',
	'action-log',
	'action-log-files',
	'search-ranking',
	'search-words',
	'i18n',
	'fill-in-fields',
	'slug',
	'records-dates',
	'records-letters',
	'records-tracker',
	'icalendar-text',
	// src/client/: the records page
	'records-page',
	'records-common',
	'records-list',
	// src/schemas/: the controlled words (plain lists) and the placeholder pattern
	'vocabulary',
	'placeholder-pattern',
	// src/schemas/: the records letters' blanks and bidi-control stripping, beside their schemas
	'records-tokens',
	'bidi-controls',
];

/** An import path that is not one of `browserModules` (in src/client, src/lib or src/schemas). */
const notBrowserModule = `^(?!(?:\\.{1,2}/)+(?:(?:src/)?(?:client|lib|schemas)/)?(?:${browserModules.join('|')})(?:\\.ts)?$|~/(?:client|lib|schemas)/(?:${browserModules.join('|')})(?:\\.ts)?$)`;

export default defineConfig(
	// Build output, dependencies and test scratch copies are not ours to lint.
	globalIgnores([
		'dist/',
		'dist-edition/',
		'.astro/',
		'node_modules/',
		'.tmp/',
		'test-results/',
		'playwright-report/',
	]),
	tseslint.configs.recommended,
	astro.configs['flat/recommended'],
	astro.configs['flat/jsx-a11y-recommended'],
	{
		// Browser code receives values; it never imports server modules or tables of text, which
		// would ship to every page (issue 24). Type-only imports are erased, so they are allowed.
		files: [
			'src/client/**/*.ts',
			'src/lib/search-dialog.ts',
			'src/components/**/*.astro/*.ts',
			'pages/**/*.astro/*.ts',
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: notBrowserModule,
							allowTypeImports: true,
							message:
								'Browser code may import only the pure helpers listed in eslint.config.mjs (browserModules); pass text and addresses as values (data-strings, src/lib/client-text.ts).',
						},
					],
				},
			],
		},
	},
	{
		// Schemas are the bottom layer: src/lib, pages, components, browser code, scripts and tests
		// read them, never the reverse, so a schema can be read (and tested) without the site. A
		// helper a schema needs lives beside it in src/schemas/ (like placeholder-pattern.ts).
		files: ['src/schemas/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?:\\.\\./|~/(?!schemas/))',
							message:
								'A schema imports only packages and files in src/schemas/: move the helper it needs beside it (see src/schemas/placeholder-pattern.ts).',
						},
					],
				},
			],
		},
	},
	{
		rules: {
			// Unused names are mistakes, except an intentionally ignored leading underscore.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
);
