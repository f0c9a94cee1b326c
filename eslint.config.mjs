// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

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
		rules: {
			// Unused names are mistakes, except an intentionally ignored leading underscore.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
);
