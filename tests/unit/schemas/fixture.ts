/** Loads a valid fixture and reports a schema's verdict as the lines an author would read. */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { ZodType } from 'astro/zod';

/** The data in `tests/fixtures/valid/<name>.yaml`. */
export function loadValidFixture(name: string): Record<string, unknown> {
	return yaml.load(
		readFileSync(new URL(`../../fixtures/valid/${name}.yaml`, import.meta.url), 'utf8'),
	) as Record<string, unknown>;
}

/** `[]` when the data passes, otherwise one `field: message` line per problem. */
export function problemsOf(schema: ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map(
		(issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`,
	);
}

/** A copy of `data` without `field`, as if the author forgot it. */
export function without(data: Record<string, unknown>, field: string): Record<string, unknown> {
	const copy = { ...data };
	delete copy[field];
	return copy;
}
