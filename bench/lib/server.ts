/**
 * The bench's HTTP server: the built site exactly as `npm run serve` serves it (same handler, gzip),
 * plus the floor pages under /__bench/ on the same origin, so they load the same tiles and fonts.
 * It counts the bytes each response put on the wire (all of it, and the compressed body alone):
 * the browser does not report them for every request (a worker's own script, for one).
 */
import { createServer, type Server } from 'node:http';
import { staticSite } from '../../scripts/static-site.js';
import { FLOORS_PREFIX } from '../floors/build-floors';

export interface Served {
	/** Path and query, as requested. */
	url: string;
	/** Everything sent: status line, headers, body (and chunk framing). */
	bytes: number;
	/** The body as sent (compressed, when it was). */
	body: number;
}

export interface BenchServer {
	origin: string;
	/** Responses finished since the last call. */
	takeServed(): Served[];
	close(): Promise<void>;
}

export async function startServer(options: {
	siteDir: string;
	floorsDir: string;
	port: number;
}): Promise<BenchServer> {
	const handler = staticSite(options.siteDir, { [FLOORS_PREFIX]: options.floorsDir });
	let served: Served[] = [];
	const server: Server = createServer((req, res) => {
		// One response at a time per connection (HTTP/1.1), so the socket's counter delta is this response.
		const url = req.url ?? '';
		const before = req.socket.bytesWritten;
		let body = 0;
		const size = (chunk: unknown) =>
			typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0;
		// Installed before the handler, so compression's own write (which wraps these) passes compressed bytes.
		const write = res.write.bind(res) as (...args: unknown[]) => boolean;
		const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
		res.write = ((chunk: unknown, ...rest: unknown[]) => {
			body += size(chunk);
			return write(chunk, ...rest);
		}) as typeof res.write;
		res.end = ((chunk?: unknown, ...rest: unknown[]) => {
			body += size(chunk);
			return end(chunk, ...rest);
		}) as typeof res.end;
		res.on('finish', () => served.push({ url, bytes: req.socket.bytesWritten - before, body }));
		handler(req, res);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', resolve);
	});
	return {
		origin: `http://127.0.0.1:${options.port}`,
		takeServed() {
			const taken = served;
			served = [];
			return taken;
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
