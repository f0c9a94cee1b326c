/** One page of each type readers land on: what `npm run bench:weight` and the page-weight test measure. */
export const pageTypes: Record<string, string> = {
	home: '/',
	'role page': '/roles/sheriff/',
	'talking point': '/talking-points/detainers-are-requests/',
	explainer: '/explainers/ice-detainers/',
	guide: '/guides/start-here/',
	script: '/scripts/sheriff-phone/',
};
