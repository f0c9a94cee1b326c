/**
 * Reading level check: `npm run check:readability`. Prints the grade of every talking point and
 * call script (Flesch-Kincaid; Spanish: Fernández-Huerta) and of explainers for information, from
 * tools/readability-report.ts. Talking points and scripts above grade 9 (in Spanish: below a score
 * of 60) fail: shorten sentences and swap long words for everyday ones, then run it again.
 */
import {
	gradeContent,
	maxGrade,
	minSpanishScore,
	scoreSpanishContent,
	type GradedEntry,
} from '../tools/readability-report.ts';

function main() {
	const scored = scoreSpanishContent();
	for (const s of scored) {
		const mark = s.gated ? (s.score < minSpanishScore ? 'FAIL' : 'ok  ') : 'info';
		console.log(`${mark} ${s.score.toFixed(1).padStart(5)}  ${s.file} (Fernández-Huerta)`);
	}
	const failingSpanish = scored.filter((s) => s.gated && s.score < minSpanishScore);
	if (failingSpanish.length > 0) {
		console.error(
			`${failingSpanish.length} Spanish entries score below ${minSpanishScore}. Use shorter sentences and everyday words.`,
		);
		process.exitCode = 1;
	}
	const graded = gradeContent();
	const failing = graded.filter((g) => g.gated && g.grade > maxGrade);
	for (const g of graded) {
		const mark = g.gated ? (g.grade > maxGrade ? 'FAIL' : 'ok  ') : 'info';
		console.log(`${mark} ${g.grade.toFixed(1).padStart(5)}  ${g.file}`);
	}
	const gated = graded.filter((g) => g.gated);
	const mean = (list: GradedEntry[]) =>
		list.reduce((s, g) => s + g.grade, 0) / Math.max(1, list.length);
	console.log(
		`talking points and scripts: ${gated.length} entries, mean grade ${mean(gated).toFixed(1)}, ` +
			`highest ${Math.max(...gated.map((g) => g.grade)).toFixed(1)}; explainers: mean ${mean(graded.filter((g) => !g.gated)).toFixed(1)}`,
	);
	if (failing.length > 0) {
		console.error(
			`${failing.length} entries read above grade ${maxGrade}. Use shorter sentences and everyday words.`,
		);
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) main();
