/**
 * Builds the "Who are you contacting?" sidebar group from `content/roles/*.yaml`. Starlight's
 * config is read before collections load, so this reads the files directly.
 */
import { readFolder } from './content-files.ts';

interface RoleLink {
	label: string;
	link: string;
}

/** One sidebar link per role file, in the roles' `order`. */
export function getRoleSidebarLinks(rolesDir = './content/roles'): RoleLink[] {
	return readFolder(rolesDir)
		.map(({ id, data }) => ({
			order: typeof data['order'] === 'number' ? data['order'] : Number.MAX_SAFE_INTEGER,
			label: typeof data['label'] === 'string' ? data['label'] : id,
			link: `/roles/${id}/`,
		}))
		.sort((a, b) => a.order - b.order)
		.map(({ label, link }) => ({ label, link }));
}
