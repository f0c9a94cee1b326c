/**
 * `content/call-scripts/<id>.mdx`: words to say or send to one kind of official. The body is the
 * script; every `[PLACEHOLDER]` in it must be declared in `placeholders`, and every declared one
 * must be used (`findPlaceholderProblems` in `src/lib/integrity.ts` checks both at build time).
 * Phone scripts also carry a `shortVersion` of about 60 words, shown beside the full script for a
 * caller with little time; its placeholders are checked the same way.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { wholePlaceholder } from './placeholder-pattern.ts';
import { callScriptChannels } from './vocabulary';
import {
	onlyWhereSchema,
	roleRefSchema,
	stateCautionsSchema,
	isoDateSchema,
	textSchema,
	translatedFromSchema,
} from './shared';

/** A fill-in slot in the script, written in square brackets and capitals, like `[YOUR NAME]`. */
const placeholderSchema = z.strictObject({
	/** The slot exactly as it appears in the script, e.g. "[COUNTY]". */
	token: z.string().regex(wholePlaceholder, {
		error: 'Write a placeholder in square brackets and capitals, like "[YOUR NAME]".',
	}),
	/** What the reader should put there, e.g. "Your county's name". */
	fill: textSchema(3, 120),
});

/** The most words a short version may have: about 60 to say, with room for names. */
const shortVersionMaxWords = 80;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export const callScriptSchema = z
	.strictObject({
		/** The script's title, e.g. "Call the sheriff's office". */
		title: textSchema(8, 80),
		/** The official it is written for: an id from content/roles/. */
		role: roleRefSchema,
		/** How it is delivered: phone, voicemail, email, public-comment, meeting-request, testimony or town-hall. */
		channel: z.enum(callScriptChannels, { error: `Use one of: ${callScriptChannels.join(', ')}.` }),
		/** When to use it, in one sentence. */
		summary: textSchema(20, 200),
		/** The asks the script carries: ids from content/model-asks/. */
		asks: z.array(reference('model-asks')).min(1, {
			error: 'Name at least one ask from content/model-asks/ that this script carries.',
		}),
		/** Where state law makes this wrong or risky, and what to do there instead. Default: none. */
		stateCautions: stateCautionsSchema,
		/** Only for scripts written for some states' law (see onlyWhereSchema); leave out when it fits everywhere. */
		onlyWhere: onlyWhereSchema,
		/** The day the script was first published (YYYY-MM-DD), for the "what changed" feed. Leave out on older scripts. */
		added: isoDateSchema.optional(),
		/** Every fill-in slot the script uses, each with what to put there. */
		placeholders: z.array(placeholderSchema).default([]),
		/**
		 * For phone scripts (required there): the same call in about 60 words, for when the person who
		 * answers has little time. Plain text, one sentence per line; it may use the declared placeholders.
		 */
		shortVersion: textSchema(100, 600)
			.refine((text) => wordCount(text) <= shortVersionMaxWords, {
				error: `Keep the short version to ${shortVersionMaxWords} words or fewer (about 60 is the aim).`,
			})
			.optional(),
		/** Translations only: the English file's SHA-256 prefix when translated (see translatedFromSchema). */
		translatedFrom: translatedFromSchema,
	})
	.refine((script) => script.channel !== 'phone' || script.shortVersion !== undefined, {
		error:
			'A phone script needs a shortVersion: the same call in about 60 words. Add shortVersion: | and write it below.',
		path: ['shortVersion'],
	});

/** A call script's frontmatter as written. */
export type CallScriptInput = z.input<typeof callScriptSchema>;
/** A call script's frontmatter after validation. */
export type CallScript = z.output<typeof callScriptSchema>;
