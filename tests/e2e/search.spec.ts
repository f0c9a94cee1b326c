import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { search } from './search-helpers';

const point = yaml.load(
	readFileSync('content/talking-points/detainers-are-requests.yaml', 'utf8'),
) as {
	permalink: string;
	title: string;
};

test.describe('search', () => {
	test('finds a talking point by the words of its title', async ({ page }) => {
		await page.goto('/guides/start-here/');
		const results = await search(page, point.title);
		await expect(results.first().locator('.pagefind-ui__result-link').first()).toHaveAttribute(
			'href',
			new RegExp(`/talking-points/${point.permalink}/`),
		);
	});
});
