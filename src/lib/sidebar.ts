/**
 * Builds the "Who are you contacting?" sidebar group from `content/roles/*.yaml`. Starlight's
 * config is read before collections load, so this reads the files directly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readFolder } from './content-files.ts';

interface RoleLink {
	label: string;
	link: string;
	/** The label in Spanish, from `content/roles/es/<id>.yaml` when it exists. */
	translations: Record<string, string>;
}

/** One sidebar link per role file, in the roles' `order`, with its Spanish label when translated. */
export function getRoleSidebarLinks(rolesDir = './content/roles'): RoleLink[] {
	const spanishDir = join(rolesDir, 'es');
	const spanish = new Map(
		existsSync(spanishDir) ? readFolder(spanishDir).map((f) => [f.id, f.data['label']]) : [],
	);
	return readFolder(rolesDir)
		.map(({ id, data }) => {
			const es = spanish.get(id);
			return {
				order: typeof data['order'] === 'number' ? data['order'] : Number.MAX_SAFE_INTEGER,
				label: typeof data['label'] === 'string' ? data['label'] : id,
				link: `/roles/${id}/`,
				translations: typeof es === 'string' ? { es } : ({} as Record<string, string>),
			};
		})
		.sort((a, b) => a.order - b.order)
		.map(({ label, link, translations }) => ({ label, link, translations }));
}
