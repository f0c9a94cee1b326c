/**
 * `npm run i18n:status`: how much of the handbook is translated, then every file not translated
 * yet and every translation whose English file changed since (src/lib/translation-status.ts).
 */
import { translatedLanguages } from '../src/lib/i18n.ts';
import { formatStatusReport, getTranslationStatus } from '../src/lib/translation-status.ts';

for (const lang of translatedLanguages) console.log(formatStatusReport(getTranslationStatus(lang)));
