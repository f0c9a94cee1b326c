/**
 * Prints one line per translated language at the end of the build: how many entries are
 * translated and which translations are out of date (src/lib/translation-status.ts).
 * `npm run i18n:status` prints the full lists.
 */
import type { AstroIntegration } from 'astro';
import { translatedLanguages } from '../lib/i18n.ts';
import { formatStatusLine, getTranslationStatus } from '../lib/translation-status.ts';

export default function translationStatus(): AstroIntegration {
	return {
		name: 'handbook:translation-status',
		hooks: {
			'astro:build:done': ({ logger }) => {
				for (const lang of translatedLanguages)
					logger.info(formatStatusLine(getTranslationStatus(lang)));
			},
		},
	};
}
