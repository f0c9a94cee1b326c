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

interface JsTree {
	type: string;
	computed?: boolean;
	[key: string]: unknown;
}

/**
 * What an expression uses: every node type, and each name it reads (not property names such as
 * `b` in `a.b` or `{ b: 1 }`).
 */
function jsUses(node: unknown, uses = { types: new Set<string>(), names: new Set<string>() }) {
	if (Array.isArray(node)) for (const child of node) jsUses(child, uses);
	else if (node && typeof node === 'object' && typeof (node as JsTree).type === 'string') {
		const tree = node as JsTree;
		uses.types.add(tree.type);
		if (tree.type === 'Identifier') uses.names.add(String(tree['name']));
		for (const [key, value] of Object.entries(tree)) {
			const propertyName =
				(tree.type === 'MemberExpression' && key === 'property' && !tree.computed) ||
				(tree.type === 'Property' && key === 'key' && !tree.computed);
			if (!propertyName) jsUses(value, uses);
		}
	}
	return uses;
}

/**
 * Why an MDX expression is refused, or undefined when it only names a value: text, a number, a
 * list, or a name the file imported (or `frontmatter`). `names` are the names in scope.
 */
function expressionProblem(code: string, names: ReadonlySet<string>): string | undefined {
	if (code.trim() === '' || /^\s*\/\*[\s\S]*\*\/\s*$/.test(code)) return undefined;
	let uses: ReturnType<typeof jsUses>;
	let expression: JsNode;
	try {
		expression = parseExpressionAt(code, 0, {
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
		uses = jsUses(expression);
	} catch {
		return `the expression {${code.slice(0, 60)}} is not a plain value. Write the text itself.`;
	}
	const code_ = [...uses.types].filter((t) => !valueNodeTypes.has(t));
	if (code_.length)
		return `the expression {${code.slice(0, 60)}} runs code (${code_.join(', ')}). Write the text itself; MDX in content may hold values, not code.`;
	const unknown = [...uses.names].filter((name) => !names.has(name));
	if (unknown.length)
		return `the expression {${code.slice(0, 60)}} reads ${unknown.join(', ')}, which the file does not import. Use only imported components and frontmatter.`;
	const literal = expression as unknown as JsTree;
	if (
		literal.type === 'Literal' &&
		typeof literal['value'] === 'string' &&
		isScriptUrl(literal['value'])
	)
		return `the value {${code.slice(0, 60)}} is a link that would run script.`;
	return undefined;
}

/** The import statements of an MDX file's import/export blocks, or undefined if they do not parse. */
function parseEsm(code: string) {
	try {
		return (
			parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as {
				body: {
					type: string;
					source?: { value: unknown };
					specifiers?: { local: { name: string } }[];
				}[];
			}
		).body;
	} catch {
		return undefined;
	}
}

/** Why an import/export block is refused, or undefined when it imports only allowed components. */
function esmProblems(code: string, file: string, projectRoot: string): string[] {
	const statements = parseEsm(code);
	if (!statements)
		return [
			`the import lines do not parse. Write each as import Name from '…/src/components/Name.astro';`,
		];
	const components = resolve(projectRoot, 'src', 'components') + sep;
	return statements.flatMap((statement) => {
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

/** The names an MDX file may use: what it imports, and `frontmatter`. */
function namesInScope(tree: MdNode): Set<string> {
	const names = new Set(['frontmatter']);
	const visit = (node: MdNode) => {
		if (node.type === 'mdxjsEsm')
			for (const statement of parseEsm(String(node.value)) ?? [])
				if (statement.type === 'ImportDeclaration')
					for (const specifier of statement.specifiers ?? []) names.add(specifier.local.name);
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return names;
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

/**
 * Problems with one JSX element (`<script>`, `onClick=`, `href="javascript:…"`, a component the
 * file did not import).
 */
function elementProblems(node: MdNode, names: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	const name = node.name?.toLowerCase();
	if (name && refusedTags.has(name)) problems.push(`the tag <${name}> is not allowed.`);
	// <Aside> or <Tabs.Item> names a variable; only what the file imported may be used.
	const base = node.name?.split('.')[0] ?? '';
	if (/^[A-Z_$]|\./.test(node.name ?? '') && !names.has(base))
		problems.push(
			`<${node.name}> is not a component the file imports. Import it from src/components/.`,
		);
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
			const problem = expressionProblem(String(value.value), names);
			if (problem) problems.push(problem);
		}
	}
	return problems;
}

/** Problems with one node of the tree (not its children); `names` are the names in scope. */
function nodeProblems(
	node: MdNode,
	file: string,
	projectRoot: string,
	names: ReadonlySet<string>,
): string[] {
	switch (node.type) {
		case 'mdxjsEsm':
			return esmProblems(String(node.value), file, projectRoot);
		case 'mdxFlowExpression':
		case 'mdxTextExpression': {
			const problem = expressionProblem(String(node.value), names);
			return problem ? [problem] : [];
		}
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return elementProblems(node, names);
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
	const names = namesInScope(tree);
	const visit = (node: MdNode) => {
		const line = node.position?.start.line;
		for (const problem of nodeProblems(node, absolute, projectRoot, names))
			problems.push(`${shown}${line ? `:${line}` : ''}: ${problem}`);
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return problems;
}
