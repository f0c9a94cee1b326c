/**
 * `npm run serve` and the browser tests' server (tools/static-server.ts) serve one built site and nothing
 * beside it: a request can never read a sibling folder such as `dist-edition/`, and an address it
 * cannot read is a 400, not a crash.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../tools/static-server';

/** A built site in `dist/` with a secret in its sibling `dist-edition/`. */
const parent = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(parent, 'dist', 'roles', 'sheriff'), { recursive: true });
mkdirSync(join(parent, 'dist-edition'));
writeFileSync(join(parent, 'dist', 'index.html'), '<p>home</p>');
writeFileSync(join(parent, 'dist', '404.html'), '<p>not found</p>');
writeFileSync(join(parent, 'dist', 'roles', 'sheriff', 'index.html'), '<p>sheriff</p>');
writeFileSync(join(parent, 'dist-edition', 'secret.txt'), 'SECRET');
writeFileSync(join(parent, 'secret.txt'), 'SECRET');

/** GET `path` exactly as written (no normalizing by the client). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
			let body = '';
			response.on('data', (chunk: Buffer) => (body += chunk.toString()));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

for (const base of ['/', '/handbook/']) {
	describe(`the handbook's server, under ${base}`, () => {
		let server: Awaited<ReturnType<typeof startServer>>;
		let port = 0;
		beforeAll(async () => {
			server = await startServer({ root: join(parent, 'dist'), port: 0, base });
			port = (server.address() as AddressInfo).port;
		});
		afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

		it('serves the site', async () => {
			expect(await get(port, `${base}roles/sheriff/`)).toEqual({
				status: 200,
				body: '<p>sheriff</p>',
			});
		});

		it('never serves a file beside the site, however the path is written', async () => {
			for (const path of [
				'../dist-edition/secret.txt',
				'..%2Fdist-edition%2Fsecret.txt',
				'%2e%2e/dist-edition/secret.txt',
				'%2E%2E%2Fdist-edition/secret.txt',
				'..%2F..%2Fsecret.txt',
				'..%5Cdist-edition%5Csecret.txt',
				'../../secret.txt',
			]) {
				const { status, body } = await get(port, `${base}${path}`);
				expect(body, path).not.toContain('SECRET');
				expect([400, 404], path).toContain(status);
			}
			// The sibling folder's name starts like the site's: "dist" is a prefix of "dist-edition".
			const sibling = await get(port, `${base}..%2F..%2Fdist-edition/secret.txt`);
			expect(sibling.body).not.toContain('SECRET');
		});

		it('answers a malformed address with 400 and keeps serving', async () => {
			expect((await get(port, `${base}%E0%A4%A`)).status).toBe(400);
			expect((await get(port, `${base}%`)).status).toBe(400);
			expect((await get(port, `${base}a%00b`)).status).toBe(400);
			expect((await get(port, `${base}roles/sheriff/`)).status).toBe(200);
		});
	});
}
