/**
 * Checks the source of a Markdown or MDX file before the build compiles or runs it (issue 23): in
 * content, text stays text and MDX is for the project's own components. Refused, each with the
 * file, the line and the fix:
 * - `<script>`, `<iframe>` and other tags that run or embed code, in MDX or as raw HTML in Markdown;
 * - event-handler attributes (`onclick=`…), `javascript:` links and `srcdoc`;
 * - `import` of anything but the project's own components (`src/components/*.astro`) and
 *   Starlight's (`@astrojs/starlight/components`); any `export`;
 * - `{…}` expressions that do more than name a value (calls, `import()`, assignments).
 * The file is parsed with Sätteri, the parser Astro's MDX uses, so the check reads what the build
 * would. Used by src/integrations/content-guard.ts.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parse, parseExpressionAt, type Node as JsNode } from 'acorn';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { isScriptUrl } from './text-safety.ts';

/** Tags that run script, embed another document or change where the page's links go. */
const refusedTags = new Set([
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'meta',
	'link',
	'form',
	'portal',
]);

/** Attributes that hand text to the browser as HTML or code. */
const refusedAttributes = new Set([
	'srcdoc',
	'set:html',
	'dangerouslysetinnerhtml',
	'innerhtml',
	'is:raw',
	'formaction',
]);

/** Packages MDX may import components from, besides the project's own `src/components/`. */
const allowedPackages = new Set(['@astrojs/starlight/components']);

/** JavaScript node types an expression may contain: values, names, lists and objects of them. */
const valueNodeTypes = new Set([
	'Literal',
	'Identifier',
	'MemberExpression',
	'ArrayExpression',
	'ObjectExpression',
	'Property',
	'TemplateLiteral',
	'TemplateElement',
	'UnaryExpression',
]);

interface MdNode {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdNode[];
	position?: { start: { line: number } };
}

/** Every node type in a parsed JavaScript tree. */
function jsNodeTypes(node: unknown, types: Set<string> = new Set()): Set<string> {
	if (Array.isArray(node)) for (const child of node) jsNodeTypes(child, types);
	else if (node && typeof node === 'object') {
		const { type } = node as { type?: unknown };
		if (typeof type === 'string') types.add(type);
		for (const [key, value] of Object.entries(node))
			if (key !== 'loc' && key !== 'range') jsNodeTypes(value, types);
	}
	return types;
}

/** Why an MDX expression is refused, or undefined when it only names a value. */
function expressionProblem(code: string): string | undefined {
	if (code.trim() === '' || /^\s*\/\*[\s\S]*\*\/\s*$/.test(code)) return undefined;
	let types: Set<string>;
	try {
		const expression = parseExpressionAt(code, 0, {
			ecmaVersion: 'latest',
			sourceType: 'module',
			allowAwaitOutsideFunction: true,
		}) as JsNode;
		// The parser stops after the first expression; anything after it would run too.
		if (
			code
				.slice(expression.end)
				.replace(/\/\*[\s\S]*?\*\//g, '')
				.trim() !== ''
		)
			throw new Error();
		types = jsNodeTypes(expression);
	} catch {
		return `the expression {${code.slice(0, 60)}} is not a plain value. Write the text itself.`;
	}
	const code_ = [...types].filter((t) => !valueNodeTypes.has(t));
	return code_.length
		? `the expression {${code.slice(0, 60)}} runs code (${code_.join(', ')}). Write the text itself; MDX in content may hold values, not code.`
		: undefined;
}

/** Why an import/export block is refused, or undefined when it imports only allowed components. */
function esmProblems(code: string, file: string, projectRoot: string): string[] {
	let program: { body: { type: string; source?: { value: unknown } }[] };
	try {
		program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as never;
	} catch {
		return [
			`the import lines do not parse. Write each as import Name from '…/src/components/Name.astro';`,
		];
	}
	const components = resolve(projectRoot, 'src', 'components') + sep;
	return program.body.flatMap((statement) => {
		if (statement.type !== 'ImportDeclaration')
			return [
				'an export (or other code) is not allowed. MDX in content may only import components.',
			];
		const from = String(statement.source?.value);
		if (allowedPackages.has(from)) return [];
		const target = from.startsWith('.') ? resolve(dirname(file), from) : undefined;
		if (target?.startsWith(components) && target.endsWith('.astro')) return [];
		return [
			`import from "${from}" is not allowed. Import only the project's components (src/components/*.astro) or ${[...allowedPackages].join(', ')}.`,
		];
	});
}

/** Why a raw HTML block in Markdown is refused, or undefined. */
function htmlProblem(html: string): string | undefined {
	const tag = /<\s*([a-z][\w:-]*)/gi;
	for (const [, name = ''] of html.matchAll(tag))
		if (refusedTags.has(name.toLowerCase()))
			return `the tag <${name.toLowerCase()}> is not allowed.`;
	if (/\son[a-z]+\s*=/i.test(html)) return 'an event-handler attribute (on…=) is not allowed.';
	const urls =
		/\s(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi;
	for (const [, double, single, bare] of html.matchAll(urls)) {
		const url = double ?? single ?? bare ?? '';
		if (isScriptUrl(url)) return `the link "${url.slice(0, 40)}" would run script.`;
	}
	return undefined;
}

/** Problems with one JSX element (`<script>`, `onClick=`, `href="javascript:…"`). */
function elementProblems(node: MdNode): string[] {
	const problems: string[] = [];
	const name = node.name?.toLowerCase();
	if (name && refusedTags.has(name)) problems.push(`the tag <${name}> is not allowed.`);
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute') {
			problems.push(
				`a spread attribute {…} on <${node.name}> is not allowed. Write each attribute.`,
			);
			continue;
		}
		const attr = attribute.name?.toLowerCase() ?? '';
		if (/^on/.test(attr) && attr.length > 2)
			problems.push(
				`the event-handler attribute ${attribute.name} on <${node.name}> is not allowed.`,
			);
		if (refusedAttributes.has(attr))
			problems.push(`the attribute ${attribute.name} on <${node.name}> is not allowed.`);
		const { value } = attribute;
		if (typeof value === 'string' && isScriptUrl(value))
			problems.push(
				`${attribute.name}="${value.slice(0, 40)}" on <${node.name}> would run script.`,
			);
		if (value && typeof value === 'object' && 'value' in value) {
			const problem = expressionProblem(String(value.value));
			if (problem) problems.push(problem);
		}
	}
	return problems;
}

/** Problems with one node of the tree (not its children). */
function nodeProblems(node: MdNode, file: string, projectRoot: string): string[] {
	switch (node.type) {
		case 'mdxjsEsm':
			return esmProblems(String(node.value), file, projectRoot);
		case 'mdxFlowExpression':
		case 'mdxTextExpression': {
			const problem = expressionProblem(String(node.value));
			return problem ? [problem] : [];
		}
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return elementProblems(node);
		case 'html': {
			const problem = htmlProblem(String(node.value));
			return problem ? [problem] : [];
		}
		case 'link':
		case 'image':
		case 'definition':
			return node.url && isScriptUrl(node.url)
				? [`the link "${node.url.slice(0, 40)}" would run script. Link to a page or a web address.`]
				: [];
		default:
			return [];
	}
}

/**
 * Every problem in one Markdown (`.md`) or MDX (`.mdx`) file, as "path:line: problem", path
 * relative to `projectRoot`. Empty when the file is safe to build.
 */
export function checkContentSource(source: string, file: string, projectRoot: string): string[] {
	const absolute = isAbsolute(file) ? file : resolve(projectRoot, file);
	const shown = relative(projectRoot, absolute).split(sep).join('/');
	let tree: MdNode;
	try {
		tree = (file.endsWith('.mdx') ? mdxToMdast(source) : markdownToMdast(source)) as MdNode;
	} catch (error) {
		// Astro reports MDX syntax errors itself, with their line; nothing here is run either way.
		return [`${shown}: ${(error as Error).message}`];
	}
	const problems: string[] = [];
	const visit = (node: MdNode) => {
		const line = node.position?.start.line;
		for (const problem of nodeProblems(node, absolute, projectRoot))
			problems.push(`${shown}${line ? `:${line}` : ''}: ${problem}`);
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return problems;
}
