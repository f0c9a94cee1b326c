/// <reference types="vitest/config" />
/**
 * Vitest runs four projects: `unit` (schemas and src/lib with small fixtures), `content`
 * (rules over the real content/ folder), `site` (checks over the built dist/) and `build` (broken
 * content must fail a real build). `getViteConfig` gives tests Astro's virtual modules,
 * so schema files that import `astro:content` load as they do in the build.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		projects: [
			// Unit and content tests share their workers across files too: they read files and use no
			// module mocks (editions.test.ts restores the environment it stubs), and a fresh worker per
			// file doubled the step (32 s → 15 s, half of it importing modules again).
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
			},
			{
				extends: true,
				test: { name: 'content', include: ['tests/content/**/*.test.ts'], isolate: false },
			},
			// Checks over the built site in dist/ (run after `npm run build`).
			// Parsing every page takes seconds; more when the browser tests run beside them.
			// They only read files, so each worker runs many test files (a fresh worker per file
			// cost about a second of startup each, half the quick run's site checks).
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					testTimeout: 60_000,
					isolate: false,
				},
			},
			// Each test copies the project and runs a real build: slow, so they get their own project.
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000 },
			},
		],
	},
});
