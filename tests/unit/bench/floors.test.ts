import { describe, expect, it } from 'vitest';
import { textOnlyFloor } from '../../../bench/floors/build-floors';

const page = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link href="../_app/immutable/entry/start.js" rel="modulepreload">
		<link rel="modulepreload" href="../_app/immutable/assets/maplibre-gl.x.mjs"/>
		<link rel="preload" as="font" type="font/woff2" href="../_app/immutable/assets/v.woff2" crossorigin="anonymous"/>
		<link href="../_app/immutable/assets/maplibre-gl.abc.css" rel="stylesheet">
		<style>body { color: black }</style>
		<script type="module" src="../x.js"></script>
	</head>
	<body><h1>Title</h1><p>Text</p>
		<script>
			__sveltekit = { data: "<p>" };
			Promise.all([import("../start.js")]);
		</script>
	</body>
</html>`;

describe('textOnlyFloor', () => {
	const floor = textOnlyFloor(page, '/embed/chapter');

	it('keeps the text and the page’s own styles', () => {
		expect(floor).toContain('<h1>Title</h1><p>Text</p>');
		expect(floor).toContain('<style>body { color: black }</style>');
	});

	it('drops every script, preload and MapLibre’s stylesheet', () => {
		expect(floor).not.toMatch(/<script/i);
		expect(floor).not.toMatch(/preload/);
		expect(floor).not.toContain('maplibre');
	});

	it('resolves relative URLs as the original page did', () => {
		expect(floor).toContain('<base href="/embed/" />');
		expect(textOnlyFloor(page, '/')).toContain('<base href="/" />');
	});
});
