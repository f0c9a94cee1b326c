/**
 * Keeping text as text (issue 23): helpers for the few places where text from content, an edition
 * file or a reader's phone meets HTML that is not escaped for us. Safe in the browser and at build
 * time (no Node imports).
 */
import { stripBidiControls } from '../schemas/bidi-controls.ts';

/**
 * Text made safe inside `<title>`: only `&`, `<` and `>` can end it or start markup there, so quotes
 * stay as written (an escaped apostrophe would count five characters toward the title's length).
 */
export function escapeTitleText(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `text` without bidirectional control characters (defined beside the edition schema, which uses it). */
export { stripBidiControls };

/** True when a URL would run script when followed (`javascript:`, `vbscript:`, `data:text/html`). */
export function isScriptUrl(url: string): boolean {
	// Character references are decoded in attributes ("&#106;avascript:"), and browsers ignore
	// control characters and spaces inside the scheme ("java\tscript:").
	const decoded = url
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&(colon|tab|newline);?/gi, (_, name: string) =>
			name.toLowerCase() === 'colon' ? ':' : ' ',
		);
	const squeezed = decoded.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
	return (
		/^(javascript|vbscript):/.test(squeezed) ||
		/^data:(?!image\/(png|jpe?g|gif|webp|avif);)/.test(squeezed)
	);
}

/** A head tag a page's frontmatter (`head:`) asks for. */
interface HeadTag {
	tag: string;
	attrs?: Record<string, string | boolean | undefined> | undefined;
	content?: string | undefined;
}

/** Link relations content may add to <head>; none of them loads script or another origin's files. */
const allowedLinkRels = new Set(['canonical', 'alternate', 'license', 'author']);

/** Why a head tag from content is refused, or undefined when it is plain metadata. */
export function refusedHeadTag({ tag, attrs = {}, content }: HeadTag): string | undefined {
	const values = Object.values(attrs).filter((v): v is string => typeof v === 'string');
	if (tag === 'meta' && !('http-equiv' in attrs) && !content && !values.some(isScriptUrl))
		return undefined;
	if (tag === 'link' && allowedLinkRels.has(String(attrs['rel'])) && !values.some(isScriptUrl))
		return undefined;
	return `a <${tag}> tag${'http-equiv' in attrs ? ' with http-equiv' : ''} is not plain metadata.`;
}
