// Writes <file>.br (brotli, quality 11; 9 for files over 2 MB) and <file>.gz (gzip, level 9) beside every compressible
// file of a built site, as static hosts do, so the server sends the smallest bytes to every reader
// without compressing per request (scripts/static-site.js serves them).
// Usage: node scripts/precompress.js [dir] (default build/)
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|xml|geojson|pbf)$/;

/**
 * @param {string} dir
 * @returns {AsyncGenerator<string>}
 */
async function* files(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.test(entry.name)) yield path;
	}
}

/** Brotli at its best quality runs at about 1 MB/s; files bigger than this get quality 9, ten times faster. */
const BROTLI_MAX_QUALITY_UP_TO = 2 * 1024 * 1024;

/**
 * @param {string} path
 * @param {{ files: number, bytes: number, gzipped: number, brotli: number }} totals
 */
async function compressOne(path, totals) {
	if ((await stat(path)).size === 0) return;
	const raw = await readFile(path);
	const quality = raw.length <= BROTLI_MAX_QUALITY_UP_TO ? constants.BROTLI_MAX_QUALITY : 9;
	const [gz, br] = await Promise.all([
		gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION }),
		brotliAsync(raw, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality,
				[constants.BROTLI_PARAM_SIZE_HINT]: raw.length
			}
		})
	]);
	// Only where it pays: tiny files can grow.
	if (gz.length >= raw.length) return;
	await writeFile(`${path}.gz`, gz);
	if (br.length < gz.length) await writeFile(`${path}.br`, br);
	totals.files += 1;
	totals.bytes += raw.length;
	totals.gzipped += gz.length;
	totals.brotli += Math.min(br.length, gz.length);
}

/**
 * A few files at a time (one per core), so memory stays bounded however big the site is.
 * @param {string} dir
 * @returns {Promise<{ files: number, bytes: number, gzipped: number, brotli: number }>}
 */
export async function precompress(dir) {
	const totals = { files: 0, bytes: 0, gzipped: 0, brotli: 0 };
	const queue = files(dir);
	const worker = async () => {
		for (let next = await queue.next(); !next.done; next = await queue.next()) {
			await compressOne(next.value, totals);
		}
	};
	await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
	return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? 'build';
	const { files, bytes, gzipped, brotli } = await precompress(dir);
	console.log(`precompress: ${files} files in ${dir}/, ${bytes} bytes → ${gzipped} gzip, ${brotli} brotli`);
}
