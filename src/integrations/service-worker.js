/**
 * The handbook's service worker. offline-service-worker.ts copies this file to dist/sw.js and
 * replaces `build` below with the list of files of that build, each with its SHA-256 hash.
 *
 * - On install it saves the shell in the reader's language (`sw.js?lang=es` on Spanish pages):
 *   styles, scripts, fonts, icons, the home and 404 pages, every role page and leave-behind, task,
 *   script and talking point, the meeting kit, the county lookup file and the Pagefind search
 *   bundle (offline-service-worker.ts lists them). The other language's shell files are saved when read, like any page,
 *   and all of them once the reader opens a page in that language (a `save-shell` message from
 *   src/components/OfflineStatus.astro). The worker stays the one first registered: pages in the
 *   other language do not register another, so moving between languages never swaps workers.
 * - Every other page is saved the first time it is read, or all at once when the reader chooses
 *   "Save the whole handbook" (a `save-all` message from src/components/OfflineStatus.astro).
 * - One version of the site at a time: a page is saved only if its hash matches this build's, and
 *   a new build's worker saves its own copy of everything the reader had (the shell, and each page
 *   read or saved before) before it takes over and deletes the old copies. A page it cannot fetch
 *   then is dropped rather than kept old, so old and new pages never mix.
 * - Same origin only: requests to other hosts are left alone (there are none; see the privacy test).
 * - Kept small on the phone: pages, styles, scripts and data are stored gzip-compressed
 *   (`build.storedCompressed` says which; CompressionStream) and unpacked as they are served, so the
 *   first visit stores about what it downloads (issue 24: a phone's storage is as scarce as its data).
 *   A browser without CompressionStream stores them as they came.
 * - Any base path: `build` lists site paths ("/roles/sheriff/"); the worker serves them under its
 *   own scope ("/handbook/roles/sheriff/" when the site lives under /handbook/, see paths.ts).
 */
// One line: offline-service-worker.ts replaces it whole.
// prettier-ignore
const build = /* BUILD */ { version: 'dev', shell: {}, shellByLang: { en: {} }, pages: {}, whenRead: {}, offlinePages: { en: '' }, saveAllDownload: { en: 0 }, storedCompressed: '$^' };

/** The language whose shell this worker saves on install: `?lang=` of its script URL, else English. */
const requestedLang = new URL(self.location.href).searchParams.get('lang') ?? 'en';
const lang = requestedLang in build.shellByLang ? requestedLang : 'en';

const prefix = 'handbook-';
const shellCacheName = `${prefix}shell-${build.version}-${lang}`;
const pagesCacheName = `${prefix}pages-${build.version}`;
const hashHeader = 'X-Handbook-Hash';
/** On a saved copy stored gzip-compressed: unpacked before it is served (see `servable`). */
const packedHeader = 'X-Handbook-Stored';
/** Site paths stored compressed: text files (offline-service-worker.ts decides which). */
const storedCompressed = new RegExp(build.storedCompressed);
const canCompress =
	typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
/** Path (with query, if any) → SHA-256 hex of the file, for the files saved on install. */
const shellFiles = new Map([
	...Object.entries(build.shell),
	...Object.entries(build.shellByLang[lang]),
]);
/** Path → SHA-256 hex, for every other page (and the other language's shell), saved when read. */
const otherPages = new Map([
	...Object.entries(build.pages),
	// Each official's page for one state: saved when read, left out of "save all" (see below).
	...Object.entries(build.whenRead),
	...Object.entries(build.shellByLang)
		.filter(([other]) => other !== lang)
		.flatMap(([, files]) => Object.entries(files)),
]);
/** How many files to fetch at once. */
const batchSize = 6;

/** The path the site is served under, from the worker's scope: "/" or e.g. "/handbook/". */
const scopePath = new URL(self.registration.scope).pathname;

/** The URL path a site path is served at: "/roles/sheriff/" → "/handbook/roles/sheriff/". */
function served(path) {
	return scopePath + path.slice(1);
}

/**
 * The site path of a request ("/roles/sheriff/"), as `build` lists it, or undefined outside the
 * worker's scope. Pagefind's cache-busting `ts` parameter and a script's `state` are dropped.
 */
function pathOf(url) {
	url.searchParams.delete('ts');
	// `?state=TX` picks the state a script page fills in (src/client/script-page.ts); the page
	// itself is the same file, so it is served from the same saved copy.
	url.searchParams.delete('state');
	if (!url.pathname.startsWith(scopePath)) return undefined;
	return `/${url.pathname.slice(scopePath.length)}${url.search}`;
}

async function sha256(buffer) {
	const digest = await crypto.subtle.digest('SHA-256', buffer);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A response safe to store and to serve for a navigation, labelled with its hash (of the file as
 * served) and, when `body` is the file gzip-compressed, with `packedHeader`.
 */
function storable(body, response, hash, compressed = false) {
	const headers = new Headers(response.headers);
	headers.delete('Content-Encoding');
	headers.delete('Content-Length');
	headers.set(hashHeader, hash);
	if (compressed) headers.set(packedHeader, 'gzip');
	return new Response(body, { status: 200, statusText: 'OK', headers });
}

/** What is put in the cache for `path`: gzip-compressed when it is text and the browser can. */
async function packed(path, body, response, hash) {
	if (!canCompress || !storedCompressed.test(path)) return storable(body, response, hash);
	const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'));
	return storable(await new Response(stream).arrayBuffer(), response, hash, true);
}

/** A saved copy as the page expects it: unpacked if it was stored compressed. */
function servable(cached) {
	if (cached.headers.get(packedHeader) !== 'gzip') return cached;
	const headers = new Headers(cached.headers);
	headers.delete(packedHeader);
	const body = cached.body.pipeThrough(new DecompressionStream('gzip'));
	return new Response(body, { status: cached.status, statusText: cached.statusText, headers });
}

/**
 * Fetches `path` from the network, bypassing the HTTP cache, and saves it in `cache` if it is the
 * file this build expects (same hash). Returns the response either way, or throws when offline.
 */
async function fetchAndSave(cache, path, expected) {
	const response = await fetch(served(path), { cache: 'reload', credentials: 'same-origin' });
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	const body = await response.arrayBuffer();
	const hash = await sha256(body);
	const copy = storable(body, response, hash);
	if (hash === expected) await cache.put(served(path), await packed(path, body, response, hash));
	return { response: copy, saved: hash === expected };
}

/** Saves `path` in `cache`: copied from an earlier version's cache when unchanged, else fetched. */
async function save(cache, path, expected, earlier) {
	for (const old of earlier) {
		const hit = await old.match(served(path));
		if (hit?.headers.get(hashHeader) === expected) return cache.put(served(path), hit);
	}
	const { saved } = await fetchAndSave(cache, path, expected);
	if (!saved) throw new Error(`${path} changed on the server while saving; try again later.`);
}

/** Runs `task` over `items`, `batchSize` at a time. */
async function inBatches(items, task) {
	for (let i = 0; i < items.length; i += batchSize) {
		await Promise.all(items.slice(i, i + batchSize).map(task));
	}
}

async function earlierCaches() {
	const names = (await caches.keys()).filter(
		(name) => name.startsWith(prefix) && name !== shellCacheName && name !== pagesCacheName,
	);
	return Promise.all(names.map(async (name) => ({ name, cache: await caches.open(name) })));
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const earlier = await earlierCaches();
			const oldCaches = earlier.map((e) => e.cache);
			const shell = await caches.open(shellCacheName);
			await inBatches([...shellFiles], ([path, hash]) => save(shell, path, hash, oldCaches));
			// Pages the reader read or saved under an earlier version, and the shell of the language the
			// reader had before: this version's copy, or none.
			const pages = await caches.open(pagesCacheName);
			const readBefore = new Set();
			for (const { cache } of earlier) {
				for (const request of await cache.keys()) readBefore.add(pathOf(new URL(request.url)));
			}
			await inBatches(
				[...readBefore].filter((path) => otherPages.has(path)),
				(path) => save(pages, path, otherPages.get(path), oldCaches).catch(() => undefined),
			);
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				const ours = name === shellCacheName || name === pagesCacheName;
				// Earlier versions, and the Workbox precache an earlier worker of this site used.
				if (!ours && (name.startsWith(prefix) || name.startsWith('workbox-precache')))
					await caches.delete(name);
			}
			await self.clients.claim();
		})(),
	);
});

/** The notice for a page not saved, in the language of the page asked for (`/es/…` is Spanish). */
function offlinePage(path) {
	const lang = /^\/es(\/|$)/.test(path ?? '') ? 'es' : 'en';
	return new Response(build.offlinePages[lang] ?? build.offlinePages.en, {
		status: 503,
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});
}

async function fromShell(path, request) {
	const cached = await (await caches.open(shellCacheName)).match(served(path));
	return cached ? servable(cached) : fetch(request);
}

/** A page outside the shell: the saved copy, else the network (saving it), else a short notice. */
async function otherPage(path, request) {
	const cache = await caches.open(pagesCacheName);
	const cached = await cache.match(served(path));
	if (cached) return servable(cached);
	try {
		const { response } = await fetchAndSave(cache, path, otherPages.get(path));
		return response;
	} catch {
		return request.mode === 'navigate' ? offlinePage(path) : Response.error();
	}
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	const path = pathOf(url);
	if (path === undefined) return;
	if (shellFiles.has(path)) event.respondWith(fromShell(path, request));
	else if (otherPages.has(path)) event.respondWith(otherPage(path, request));
	else if (request.mode === 'navigate')
		event.respondWith(fetch(request).catch(() => offlinePage(path)));
});

/** Languages whose shell this worker has saved since it started, so each is saved once. */
const savedShells = new Set([lang]);

/** A page in another language opened: saves that language's shell files not saved yet. */
self.addEventListener('message', (event) => {
	const other = event.data?.lang;
	if (event.data?.type !== 'save-shell' || savedShells.has(other) || !build.shellByLang[other])
		return;
	savedShells.add(other);
	event.waitUntil(
		(async () => {
			const cache = await caches.open(pagesCacheName);
			await inBatches(Object.entries(build.shellByLang[other]), async ([path, hash]) => {
				if (!(await cache.match(served(path))))
					await save(cache, path, hash, []).catch(() => undefined);
			});
		})(),
	);
});

/** How much "Save the whole handbook" downloads (bytes, gzip), so the button can say so first. */
self.addEventListener('message', (event) => {
	if (event.data?.type !== 'save-size') return;
	event.source?.postMessage({ type: 'save-size', bytes: build.saveAllDownload?.[lang] ?? 0 });
});

/** "Save the whole handbook": saves every page not saved yet, reporting progress to the page. */
self.addEventListener('message', (event) => {
	if (event.data?.type !== 'save-all') return;
	const client = event.source;
	event.waitUntil(
		(async () => {
			const cache = await caches.open(pagesCacheName);
			const all = [...otherPages].filter(([path]) => !(path in build.whenRead));
			const total = all.length + [...shellFiles.keys()].filter((p) => p.endsWith('/')).length;
			let done = total - all.length;
			let failed = 0;
			await inBatches(all, async ([path, hash]) => {
				const cached = await cache.match(served(path));
				if (!cached) await save(cache, path, hash, []).catch(() => failed++);
				done++;
				client?.postMessage({ type: 'save-progress', done, total });
			});
			client?.postMessage({ type: 'save-done', total, failed });
		})(),
	);
});
