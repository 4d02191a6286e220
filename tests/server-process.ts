/**
 * A server the hosts and WordPress suites run as a plain child process: waiting until it listens,
 * and stopping it.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';

export interface RunningServer {
	name: string;
	stop(): Promise<void>;
}

/** Where a server listens: a TCP port on 127.0.0.1 or a Unix socket. */
export type Listener = { port: number } | { socket: string };

function reachable(target: Listener): Promise<boolean> {
	return new Promise((done) => {
		const socket = 'port' in target ? connect(target.port, '127.0.0.1') : connect(target.socket);
		socket.once('connect', () => {
			socket.destroy();
			done(true);
		});
		socket.once('error', () => done(false));
	});
}

/**
 * Waits until the server accepts a connection (not a request: the access logs hold only what the
 * pages asked for); throws with its log if it exits or does not listen within 30 s.
 */
export async function waitFor(target: Listener, child: ChildProcess, log: string): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		if (await reachable(target)) return;
		await new Promise((done) => setTimeout(done, 100));
	}
	const text = existsSync(log) ? await readFile(log, 'utf8') : '(no log)';
	throw new Error(`${JSON.stringify(target)} did not start (exit ${child.exitCode}):\n${text}`);
}

export function running(name: string, child: ChildProcess): RunningServer {
	return {
		name,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}
