/**
 * A throwaway TLS certificate for the bench's HTTP/2 server (browsers speak HTTP/2 over TLS only),
 * made with openssl in a temporary folder for each run and deleted at once: no private key is ever
 * committed or kept. Chromium trusts it through --ignore-certificate-errors-spki-list with the
 * hash of its public key, so the page is a normal secure page (HTTP cache, code cache and all),
 * not one with a certificate error (Chromium does not cache those responses).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
	key: Buffer;
	cert: Buffer;
	/** base64 SHA-256 of the public key (SubjectPublicKeyInfo), for --ignore-certificate-errors-spki-list. */
	spki: string;
}

function openssl(args: string[], input?: Buffer): Buffer {
	const result = spawnSync('openssl', args, { input });
	if (result.error || result.status !== 0)
		throw new Error(
			`openssl ${args[0]} failed (HTTP/2 runs need openssl; Debian: apt-get install openssl): ${result.error?.message ?? result.stderr.toString()}`
		);
	return result.stdout;
}

export function makeCertificate(host = '127.0.0.1'): Certificate {
	const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
	try {
		const keyFile = join(dir, 'key.pem');
		const certFile = join(dir, 'cert.pem');
		openssl([
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-keyout',
			keyFile,
			'-out',
			certFile,
			'-days',
			'2',
			'-subj',
			`/CN=${host}`,
			'-addext',
			`subjectAltName=IP:${host}`
		]);
		const cert = readFileSync(certFile);
		const publicKey = openssl(['x509', '-pubkey', '-noout'], cert);
		const der = openssl(['pkey', '-pubin', '-outform', 'der'], publicKey);
		const spki = openssl(['dgst', '-sha256', '-binary'], der).toString('base64');
		return { key: readFileSync(keyFile), cert, spki };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
