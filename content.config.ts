/**
 * Wires each folder in `content/` to its schema in `src/schemas/`. Nothing else lives here.
 * Every collection is read through `src/lib/handbook.ts`; pages never query collections directly.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
	callScriptSchema,
	caseStudySchema,
	docsExtensionSchema,
	glossarySchema,
	recordsRequestSchema,
	iceListSchema,
	modelAskSchema,
	roleSchema,
	sourceSchema,
	stateSchema,
	talkingPointSchema,
} from './src/schemas';
import type { TranslatedCollection } from './src/lib/i18n';
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
		loader: yamlFolder('talking-points'),
		schema: talkingPointSchema,
	}),
	'model-asks': defineCollection({ loader: yamlFolder('model-asks'), schema: modelAskSchema }),
	'call-scripts': defineCollection({ loader: mdxFolder('call-scripts'), schema: callScriptSchema }),
	'case-studies': defineCollection({ loader: mdxFolder('case-studies'), schema: caseStudySchema }),
	glossary: defineCollection({ loader: yamlFolder('glossary'), schema: glossarySchema }),
	states: defineCollection({ loader: yamlFolder('states'), schema: stateSchema }),
	// Public-records request letters for /records/ (src/lib/public-records.ts).
	'records-requests': defineCollection({
		loader: yamlFolder('records-requests'),
		schema: recordsRequestSchema,
	}),
	// Written by `npm run data:287g`; state pages, the national map and figures in the text read it.
	'ice-lists': defineCollection({
		loader: glob({ base: './content/ice-lists', pattern: '*.json' }),
		schema: iceListSchema,
	}),
};

/** A Spanish twin's loader: `content/<name>/es/`, the same file names (so the same ids) as English. */
const spanishFolder = (name: TranslatedCollection, pattern: string) =>
	glob({ base: `./content/${name}/es`, pattern });

/**
 * The Spanish twin of every translated collection (the list is `translatedCollections` in
 * src/lib/i18n.ts; `satisfies` fails type checking when one is missing): the same schema, the same
 * ids.
 */
const spanish = {
	'roles-es': defineCollection({ loader: spanishFolder('roles', '*.yaml'), schema: roleSchema }),
	'talking-points-es': defineCollection({
		loader: spanishFolder('talking-points', '*.yaml'),
		schema: talkingPointSchema,
	}),
	'model-asks-es': defineCollection({
		loader: spanishFolder('model-asks', '*.yaml'),
		schema: modelAskSchema,
	}),
	'call-scripts-es': defineCollection({
		loader: spanishFolder('call-scripts', '*.mdx'),
		schema: callScriptSchema,
	}),
	'case-studies-es': defineCollection({
		loader: spanishFolder('case-studies', '*.mdx'),
		schema: caseStudySchema,
	}),
	'glossary-es': defineCollection({
		loader: spanishFolder('glossary', '*.yaml'),
		schema: glossarySchema,
	}),
	'states-es': defineCollection({ loader: spanishFolder('states', '*.yaml'), schema: stateSchema }),
	'records-requests-es': defineCollection({
		loader: spanishFolder('records-requests', '*.yaml'),
		schema: recordsRequestSchema,
	}),
} satisfies Record<`${TranslatedCollection}-es`, unknown>;

export const collections = {
	...english,
	...spanish,
	// Starlight's own interface strings in Spanish with "usted", from src/lib/ui-strings.ts.
	i18n: defineCollection({
		loader: () => Object.entries(starlightStrings).map(([id, data]) => ({ id, ...data })),
		schema: i18nSchema(),
	}),
};
