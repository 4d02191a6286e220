/**
 * The bench's HTTP servers: the built site exactly as `npm run serve` serves it (same handler:
 * docs/deploy.md's headers, caching included, precompressed files), plus the floor pages under
 * /__bench/ on the same origin, so they load the same tiles and fonts, served by the same rules.
 * HTTP/1.1 over plain TCP (six connections per host in Chromium), or HTTP/2 over TLS with a
 * certificate made for the run (certificate.ts), as a real host would serve it.
 * Every response is logged: its status, whether the request was conditional (a revalidation), and
 * the bytes it put on the wire, which the browser does not report for every request (a worker's own
 * script, for one).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
	createSecureServer,
	type Http2SecureServer,
	type Http2ServerRequest,
	type Http2ServerResponse
} from 'node:http2';
import type { Socket } from 'node:net';
import { staticSite } from '../../scripts/static-site.js';
import type { Certificate } from './certificate';
import { FLOORS_PREFIX } from '../floors/build-floors';

export type Protocol = 'h1' | 'h2';

export interface Served {
	/** Path and query, as requested. */
	url: string;
	status: number;
	/** The request carried If-None-Match or If-Modified-Since: the browser revalidated a cached copy. */
	conditional: boolean;
	/**
	 * Everything sent: status line, headers, body (and chunk framing). HTTP/2 multiplexes responses
	 * on one connection and compresses headers: there it is the body alone.
	 */
	bytes: number;
	/** The body as sent (compressed, when it was). */
	body: number;
}

export interface BenchServer {
	origin: string;
	protocol: Protocol;
	/** Responses finished since the last call. */
	takeServed(): Served[];
	close(): Promise<void>;
}

type Request = IncomingMessage | Http2ServerRequest;
type Response = ServerResponse | Http2ServerResponse;

export async function startServer(options: {
	siteDir: string;
	floorsDir: string;
	port: number;
	protocol: Protocol;
	/** Required for HTTP/2 (browsers speak it over TLS only). */
	certificate?: Certificate;
}): Promise<BenchServer> {
	// The floors are served by the same rules as the site (the map floor's files sit under
	// _app/immutable/ like the site's: see build-floors.ts).
	const handler = staticSite(
		options.siteDir,
		{ [FLOORS_PREFIX]: options.floorsDir },
		{ rules: true, mountRules: true }
	);
	let served: Served[] = [];
	const sockets = new Set<Socket>();

	const listener = (req: Request, res: Response) => {
		const url = req.url ?? '';
		// HTTP/1.1: one response at a time per connection, so the socket's counter delta is this response.
		const socket = options.protocol === 'h1' ? (req as IncomingMessage).socket : undefined;
		const before = socket?.bytesWritten ?? 0;
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
			body += size(typeof chunk === 'function' ? undefined : chunk);
			return end(chunk, ...rest);
		}) as typeof res.end;
		res.on('finish', () =>
			served.push({
				url,
				status: res.statusCode,
				conditional: Boolean(req.headers['if-none-match'] ?? req.headers['if-modified-since']),
				bytes: socket ? socket.bytesWritten - before : body,
				body
			})
		);
		handler(req as IncomingMessage, res as ServerResponse);
	};

	const server: Server | Http2SecureServer =
		options.protocol === 'h2'
			? createSecureServer(
					{ key: options.certificate!.key, cert: options.certificate!.cert, allowHTTP1: false },
					listener
				)
			: createServer(listener);
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('secureConnection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', resolve);
	});
	const scheme = options.protocol === 'h2' ? 'https' : 'http';
	return {
		origin: `${scheme}://127.0.0.1:${options.port}`,
		protocol: options.protocol,
		takeServed() {
			const taken = served;
			served = [];
			return taken;
		},
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			})
	};
}
