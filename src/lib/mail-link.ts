/** A `mailto:` link for a filled-in script, or none when it is too long for mail apps to open. */

/**
 * The longest mailto link we make. Some mail apps and browsers cut or refuse links above about
 * 2,000 characters; past this the page copies the text instead and says so.
 */
export const maxMailLinkLength = 1800;

/** Percent-encodes for a mailto query; spaces as %20, since mail apps read "+" literally. */
const encode = (text: string) => encodeURIComponent(text).replace(/%0A/g, '%0D%0A');

/** The link, or undefined when it would pass `maxMailLinkLength`. */
export function buildMailLink(mail: {
	to: string;
	subject: string;
	body: string;
}): string | undefined {
	const query = [
		mail.subject ? `subject=${encode(mail.subject)}` : '',
		mail.body ? `body=${encode(mail.body)}` : '',
	]
		.filter(Boolean)
		.join('&');
	const link = `mailto:${encodeURIComponent(mail.to).replace(/%40/g, '@')}${query ? `?${query}` : ''}`;
	return link.length <= maxMailLinkLength ? link : undefined;
}

/**
 * Where an extension starts in a typed number: "ext. 204", "extension 204", "extensión 204",
 * "x204", "#204", or a pause the reader typed themselves (",", ";", "p", "w").
 */
const extensionMark = /\s*(?:ext(?:ension|ensión)?\.?|x|#|,|;|p|w)\s*(?=\d)/i;

/**
 * A `tel:` link from a typed phone number, keeping only digits and a leading +; none if too short.
 * An extension is dialed after a pause (`tel:5550100,204`), the form phone apps dial on both
 * Android and iOS, rather than run into the number.
 */
export function buildPhoneLink(typed: string): string | undefined {
	const [main = '', extension = ''] = typed.trim().split(extensionMark, 2);
	const digits = main.replace(/(?!^\+)[^\d]/g, '');
	if (digits.replace('+', '').length < 3) return undefined;
	const ext = extension.replace(/\D/g, '');
	return ext ? `tel:${digits},${ext}` : `tel:${digits}`;
}
