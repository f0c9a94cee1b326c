/**
 * Draws the national map of counties by 287(g) status as an SVG file at build time. Shapes come
 * from `us-atlas` (counties-albers-10m.json: Census county shapes already projected with d3's
 * geoAlbersUsa, Alaska and Hawaii inset, 975×610). No tiles, no script, no request elsewhere.
 * Each status is a group (`<g data-status="agreement">`) holding one path per county, so a test can
 * count them; pending counties are striped, so the statuses differ without colour too.
 */
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/counties-albers-10m.json' with { type: 'json' };
import type { CountyMapStatus } from './ice-lists.ts';

/** Fill and stroke of each status; agreement and pending reach 3:1 against white and each other's patterns differ. */
export const mapStyles: Record<CountyMapStatus, { fill: string; label: string }> = {
	agreement: { fill: '#8c1d40', label: 'solid dark red' },
	pending: { fill: 'url(#pending-hatch)', label: 'orange stripes' },
	none: { fill: '#f2f2f2', label: 'light grey' },
};

const topology = atlas as unknown as Topology<{
	counties: GeometryCollection<{ name: string }>;
	states: GeometryCollection;
	nation: GeometryCollection;
}>;

/** Drops a point that repeats the one before it (common once coordinates are whole numbers). */
const dropRepeats = (d: string) => d.replace(/L(-?\d+),(-?\d+)(?=L\1,\2(?![\d.]))/g, '');

/**
 * The SVG text of the map; `statuses` gives each county's status by FIPS. Counties with an agreement
 * or a pending request are one path each; the rest of the country is one grey shape under them, so
 * the file stays small (whole-number coordinates are fine at 975×610).
 */
export function drawCountyMap(statuses: Map<string, CountyMapStatus>): string {
	const path = geoPath().digits(0);
	const draw = (shape: Parameters<typeof path>[0]) => dropRepeats(path(shape) ?? '');
	const groups: Record<Exclude<CountyMapStatus, 'none'>, string[]> = { agreement: [], pending: [] };
	for (const county of feature(topology, topology.objects.counties).features) {
		const status = statuses.get(String(county.id));
		if (status && status !== 'none') groups[status].push(`<path d="${draw(county)}"/>`);
	}
	const nation = draw(feature(topology, topology.objects.nation));
	const borders = draw(mesh(topology, topology.objects.states, (a, b) => a !== b));
	const group = (status: 'agreement' | 'pending') =>
		`<g data-status="${status}" fill="${mapStyles[status].fill}">${groups[status].join('')}</g>`;
	return [
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 975 610">',
		'<defs><pattern id="pending-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><rect width="2" height="4" fill="#b35900"/></pattern></defs>',
		`<path data-status="none" d="${nation}" fill="${mapStyles.none.fill}" stroke="#333" stroke-width="0.8"/>`,
		'<g stroke="#fff" stroke-width="0.4">',
		group('pending'),
		group('agreement'),
		'</g>',
		`<path d="${borders}" fill="none" stroke="#333" stroke-width="0.6"/>`,
		'</svg>',
		'',
	].join('\n');
}
