/**
 * Wires each folder in `content/` to its schema in `src/schemas/`. Nothing else lives here.
 * Every collection is read through `src/lib/handbook.ts`; pages never query collections directly.
 */
import { defineCollection, type CollectionConfig } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
	callScriptSchema,
	caseStudySchema,
	docsExtensionSchema,
	glossarySchema,
	iceListSchema,
	modelAskSchema,
	roleSchema,
	sourceSchema,
	stateSchema,
	talkingPointSchema,
} from './src/schemas';
import { createPermalinkId } from './src/lib/permalink-id';
import { translatedCollections, twinName } from './src/lib/i18n';
import { starlightStrings } from './src/lib/ui-strings';

/** A collection of one-entry-per-file YAML in `content/<name>/`; the file name is the id. */
const yamlFolder = (name: string) => glob({ base: `./content/${name}`, pattern: '*.yaml' });
/** A collection of one-entry-per-file MDX in `content/<name>/`; the file name is the id. */
const mdxFolder = (name: string) => glob({ base: `./content/${name}`, pattern: '*.mdx' });

const english = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: docsExtensionSchema }),
	}),
	roles: defineCollection({ loader: yamlFolder('roles'), schema: roleSchema }),
	sources: defineCollection({ loader: yamlFolder('sources'), schema: sourceSchema }),
	'talking-points': defineCollection({
		loader: glob({
			base: './content/talking-points',
			pattern: '*.yaml',
			generateId: createPermalinkId('content/talking-points'),
		}),
		schema: talkingPointSchema,
	}),
	'model-asks': defineCollection({ loader: yamlFolder('model-asks'), schema: modelAskSchema }),
	'call-scripts': defineCollection({ loader: mdxFolder('call-scripts'), schema: callScriptSchema }),
	'case-studies': defineCollection({ loader: mdxFolder('case-studies'), schema: caseStudySchema }),
	glossary: defineCollection({ loader: yamlFolder('glossary'), schema: glossarySchema }),
	states: defineCollection({ loader: yamlFolder('states'), schema: stateSchema }),
	// Written by `npm run data:287g`; state pages, the national map and figures in the text read it.
	'ice-lists': defineCollection({
		loader: glob({ base: './content/ice-lists', pattern: '*.json' }),
		schema: iceListSchema,
	}),
};

/**
 * The Spanish twin of a translated collection: `content/<name>/es/`, the same schema, the same ids
 * (the same file names; talking points by permalink).
 */
function spanishTwin(name: (typeof translatedCollections)[number]): CollectionConfig<never> {
	const base = `./content/${name}/es`;
	const pattern = name === 'call-scripts' || name === 'case-studies' ? '*.mdx' : '*.yaml';
	const generateId =
		name === 'talking-points' ? createPermalinkId('content/talking-points/es') : undefined;
	return defineCollection({
		loader: glob({ base, pattern, ...(generateId ? { generateId } : {}) }),
		schema: english[name].schema,
	}) as CollectionConfig<never>;
}

export const collections = {
	...english,
	...(Object.fromEntries(
		translatedCollections.map((name) => [twinName(name, 'es'), spanishTwin(name)]),
	) as { [C in (typeof translatedCollections)[number] as `${C}-es`]: (typeof english)[C] }),
	// Starlight's own interface strings in Spanish with "usted", from src/lib/ui-strings.ts.
	i18n: defineCollection({
		loader: () => Object.entries(starlightStrings).map(([id, data]) => ({ id, ...data })),
		schema: i18nSchema(),
	}),
};
