/**
 * Reads one Natural Earth GeoJSON file and checks that it is a FeatureCollection, so that a
 * missing or broken input fails the build with the file's path and what is wrong with it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';

/** Reads `<sourceDir>/<file>` and returns it as a GeoJSON FeatureCollection, or throws an Error naming the file. */
export async function readFeatureCollection(sourceDir: string, file: string): Promise<FeatureCollection> {
	const path = join(sourceDir, file);
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new Error(
			`Basemap input ${path} cannot be read (${code === 'ENOENT' ? 'file is missing' : String(error)})`,
			{ cause: error }
		);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`Basemap input ${path} is not valid JSON: ${(error as Error).message}`, {
			cause: error
		});
	}
	return assertFeatureCollection(data, path);
}

/** Checks the shape of a parsed GeoJSON FeatureCollection; `label` names the file in errors. */
export function assertFeatureCollection(data: unknown, label: string): FeatureCollection {
	const fail = (what: string): never => {
		throw new Error(`Basemap input ${label} is not a GeoJSON FeatureCollection: ${what}`);
	};
	if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('top level is not an object');
	const record = data as Record<string, unknown>;
	if (record.type !== 'FeatureCollection') fail(`"type" is ${JSON.stringify(record.type)}`);
	if (!Array.isArray(record.features)) fail('"features" is not an array');
	(record.features as unknown[]).forEach((feature, index) => {
		const f = feature as Partial<Feature> | null;
		if (typeof f !== 'object' || f === null || f.type !== 'Feature') {
			fail(`features[${index}] is not a Feature`);
		}
		const geometry = f!.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
		if (geometry !== null && (typeof geometry !== 'object' || typeof geometry.type !== 'string')) {
			fail(`features[${index}] has no valid geometry`);
		}
	});
	return data as FeatureCollection;
}
