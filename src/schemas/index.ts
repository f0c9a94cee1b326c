/** Every collection schema, so `content.config.ts` and the tests import from one place. */
export * from './call-scripts';
export * from './case-studies';
export * from './docs';
export * from './glossary';
export * from './model-asks';
export * from './roles';
export * from './shared';
export * from './sources';
export * from './states';
export * from './talking-points';
export * from './vocabulary';
export * from './ice-lists';
export * from './records-requests';
