/**
 * Writes encoded tiles to `<dir>/{z}/{x}/{y}.pbf`, creating folders as needed, and counts them.
 * It only ever creates files under `dir`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TileCoord } from './tile-pyramid';

/** Tile count and bytes of a written pyramid, in total and per zoom. */
export interface TileWriteStats {
	tiles: number;
	bytes: number;
	byZoom: Record<number, { tiles: number; bytes: number; maxBytes: number }>;
}

/** Writes every tile that `encode` returns for `coords` (in the given order) under `dir`. */
export async function writeTiles(
	dir: string,
	coords: readonly TileCoord[],
	encode: (tile: TileCoord) => Uint8Array
): Promise<TileWriteStats> {
	const stats: TileWriteStats = { tiles: 0, bytes: 0, byZoom: {} };
	const madeDirs = new Set<string>();
	for (const coord of coords) {
		const bytes = encode(coord);
		const folder = join(dir, String(coord.z), String(coord.x));
		if (!madeDirs.has(folder)) {
			await mkdir(folder, { recursive: true });
			madeDirs.add(folder);
		}
		await writeFile(join(folder, `${coord.y}.pbf`), bytes);
		const zoom = (stats.byZoom[coord.z] ??= { tiles: 0, bytes: 0, maxBytes: 0 });
		zoom.tiles++;
		zoom.bytes += bytes.byteLength;
		zoom.maxBytes = Math.max(zoom.maxBytes, bytes.byteLength);
		stats.tiles++;
		stats.bytes += bytes.byteLength;
	}
	return stats;
}
