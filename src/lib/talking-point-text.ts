/** Plain-text forms of a talking point: what "Copy text" puts on the clipboard. */
import { paths } from './paths';
import type { Lang } from './i18n';
import { stringsFor } from './ui-strings';

interface PointForText {
	data: { say: string };
}
interface SourceForText {
	data: { title: string; publisher: string; date: string };
}

/** A short citation, e.g. "Galarza v. Szalczyk (U.S. Court of Appeals for the Third Circuit, 2014-03-04)". */
function citeSource(source: SourceForText): string {
	return `${source.data.title} (${source.data.publisher}, ${source.data.date})`;
}

/** The line to say, then its sources on the next line: ready to paste into a group chat or an email. */
export function buildShareText(
	point: PointForText,
	sources: readonly SourceForText[],
	lang: Lang = 'en',
): string {
	return `${point.data.say}\n${stringsFor(lang).ui.share.sourcesPrefix} ${sources.map(citeSource).join('; ')}`;
}

/** The canonical path of a talking point's page, base path included. */
export function talkingPointPath(id: string): string {
	return paths.talkingPoint(id);
}
