/**
 * Builds the "Who are you contacting?" sidebar group from `content/roles/*.yaml`. Starlight's
 * config is read before collections load, so this reads the files directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

interface RoleLink {
	label: string;
	link: string;
}

/** One sidebar link per role file, in the roles' `order`. */
export function getRoleSidebarLinks(rolesDir = './content/roles'): RoleLink[] {
	return readdirSync(rolesDir)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => {
			const data = yaml.load(readFileSync(join(rolesDir, file), 'utf8')) as {
				label?: string;
				order?: number;
			};
			const id = file.replace(/\.yaml$/, '');
			return {
				order: data.order ?? Number.MAX_SAFE_INTEGER,
				label: data.label ?? id,
				link: `/roles/${id}/`,
			};
		})
		.sort((a, b) => a.order - b.order)
		.map(({ label, link }) => ({ label, link }));
}
