/**
 * Wires each folder in `content/` to its schema in `src/schemas/`. Nothing else lives here.
 * Every collection is read through `src/lib/handbook.ts`; pages never query collections directly.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
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
import { permalinkId } from './src/lib/permalink-id';

/** A collection of one-entry-per-file YAML in `content/<name>/`; the file name is the id. */
const yamlFolder = (name: string) => glob({ base: `./content/${name}`, pattern: '*.yaml' });
/** A collection of one-entry-per-file MDX in `content/<name>/`; the file name is the id. */
const mdxFolder = (name: string) => glob({ base: `./content/${name}`, pattern: '*.mdx' });

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: docsExtensionSchema }),
	}),
	roles: defineCollection({ loader: yamlFolder('roles'), schema: roleSchema }),
	sources: defineCollection({ loader: yamlFolder('sources'), schema: sourceSchema }),
	'talking-points': defineCollection({
		loader: glob({ base: './content/talking-points', pattern: '*.yaml', generateId: permalinkId }),
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
