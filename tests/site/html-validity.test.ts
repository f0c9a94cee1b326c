/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json). Two
 * rules are changed there, because the markup is valid HTML:
 * - void-style: Astro's compiler writes void elements as `<meta/>`; both forms are valid.
 * - valid-id (relaxed): HTML allows ids that start with a digit or "_": Starlight's skip link
 *   targets `_top`, and talking-point ids such as `287g-is-voluntary` are anchors.
 * Findings in markup that Starlight renders, and that we do not override, are listed below for one
 * rule and one element each; everything else on those elements is still checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, pagesInThisRun } from './dist';

const knownStarlightFindings: { rule: string; selector: RegExp; reason: string }[] = [
	{
		rule: 'no-implicit-button-type',
		selector: /> nav > button$/,
		reason:
			'Starlight 0.42 MobileMenuToggle.astro renders a <button> without type; it is in no form.',
	},
	{
		rule: 'unique-landmark',
		selector: /starlight-toc > nav$|> aside$/,
		reason:
			'Starlight 0.42 renders the table of contents twice (mobile and desktop navs) and the right-hand aside with one label each; only one is shown at a time.',
	},
];

/** Reads .htmlvalidate.json from the project root, as the html-validate CLI does. */
const validator = new HtmlValidate(new FileSystemConfigLoader());
/** Every built file in `npm test`; one page per layout plus changed pages in `npm run test:quick`. */
const pages = pagesInThisRun().map((path) =>
	(path.endsWith('/') ? `${path}index.html` : path).slice(1),
);

function unexplained(messages: Message[]): string[] {
	return messages
		.filter(
			(m) =>
				!knownStarlightFindings.some(
					(k) => k.rule === m.ruleId && k.selector.test(m.selector ?? ''),
				),
		)
		.map((m) => `${m.ruleId} at ${m.selector}: ${m.message}`);
}

/**
 * Astro writes each redirect stub (an agency's old spelling, a renamed talking point) from its own
 * template: a lower-case doctype and the title "Redirecting to: <address>", longer than 70
 * characters for a long agency name. The stub is not a page anyone reads (it sends the browser on
 * at once), so those two findings are left as Astro writes them; any other finding still fails.
 */
const astroRedirectStubFindings = new Set(['long-title', 'doctype-style']);
const isRedirectStub = (page: string) =>
	readFileSync(join(distDir, page), 'utf8').includes('http-equiv="refresh"');

describe('valid HTML', () => {
	it.each(pages)('%s', async (page) => {
		const report = await validator.validateFile(join(distDir, page));
		const messages = report.results.flatMap((r) => r.messages);
		const found = isRedirectStub(page)
			? messages.filter((m) => !astroRedirectStubFindings.has(m.ruleId))
			: messages;
		expect(unexplained(found)).toEqual([]);
	});

	it('every listed Starlight finding still occurs, so none is kept longer than needed', async () => {
		const report = await validator.validateFile(join(distDir, 'roles/sheriff/index.html'));
		const messages = report.results.flatMap((r) => r.messages);
		for (const known of knownStarlightFindings) {
			expect(
				messages.some((m) => m.ruleId === known.rule && known.selector.test(m.selector ?? '')),
				known.rule,
			).toBe(true);
		}
	});
});
