/**
 * A minimal W3C WebDriver (classic) client over fetch, enough to drive WebKitGTK through Debian's
 * WebKitWebDriver: sessions, navigation, scripts, key presses and screenshots. No dependencies.
 * Protocol: https://www.w3.org/TR/webdriver2/
 */
export class WebDriverSession {
	private constructor(
		private readonly server: string,
		private readonly id: string,
		readonly browserVersion: string
	) {}

	static async start(server: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
		const value = (await call(server, 'POST', '/session', {
			capabilities: { alwaysMatch: capabilities }
		})) as {
			sessionId: string;
			capabilities: { browserVersion?: string };
		};
		return new WebDriverSession(server, value.sessionId, value.capabilities.browserVersion ?? '?');
	}

	private command(method: string, path: string, body?: unknown): Promise<unknown> {
		return call(this.server, method, `/session/${this.id}${path}`, body);
	}

	async goto(url: string): Promise<void> {
		await this.command('POST', '/url', { url });
	}

	/** Runs `body` (a function body; `arguments` holds args) in the page and returns its result. */
	async run<T>(body: string, ...args: unknown[]): Promise<T> {
		return (await this.command('POST', '/execute/sync', { script: body, args })) as T;
	}

	async press(key: string): Promise<void> {
		await this.command('POST', '/actions', {
			actions: [
				{
					type: 'key',
					id: 'keyboard',
					actions: [
						{ type: 'keyDown', value: key },
						{ type: 'keyUp', value: key }
					]
				}
			]
		});
	}

	async screenshot(): Promise<Buffer> {
		return Buffer.from((await this.command('GET', '/screenshot')) as string, 'base64');
	}

	async close(): Promise<void> {
		await this.command('DELETE', '');
	}
}

async function call(server: string, method: string, path: string, body?: unknown): Promise<unknown> {
	const response = await fetch(`${server}${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const json = (await response.json()) as { value: unknown };
	if (!response.ok)
		throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value).slice(0, 500)}`);
	return json.value;
}
