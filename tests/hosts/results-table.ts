/**
 * Prints the hosts suite's results as a table: one row per host and path (a describe), one column
 * per check (a test), ✅ passed, ❌ failed (with the first line of why below the table).
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

// Playwright colours its messages; the table is plain text.
// eslint-disable-next-line no-control-regex
const ANSI_COLOURS = /\u001b\[[0-9;]*m/g;

export default class ResultsTable implements Reporter {
	private readonly rows = new Map<string, Map<string, string>>();
	private readonly columns: string[] = [];
	private readonly failures: string[] = [];

	onTestEnd(test: TestCase, result: TestResult): void {
		const row = test.parent.title || '(suite)';
		if (!this.columns.includes(test.title)) this.columns.push(test.title);
		if (!this.rows.has(row)) this.rows.set(row, new Map());
		const passed = result.status === 'passed';
		this.rows.get(row)!.set(test.title, passed ? '✅' : result.status === 'skipped' ? '–' : '❌');
		if (!passed && result.error) {
			const why = (result.error.message ?? '')
				.replace(ANSI_COLOURS, '')
				.split('\n')
				.filter(Boolean)
				.slice(0, 3)
				.join(' / ');
			this.failures.push(`- ${row}, ${test.title}: ${why.slice(0, 400)}`);
		}
	}

	onEnd(): void {
		const lines = [
			`| host × path | ${this.columns.join(' | ')} |`,
			`| --- | ${this.columns.map(() => '---').join(' | ')} |`,
			...[...this.rows].map(
				([row, cells]) => `| ${row} | ${this.columns.map((c) => cells.get(c) ?? ' ').join(' | ')} |`
			)
		];
		console.log(`\n${lines.join('\n')}\n${this.failures.length ? `\n${this.failures.join('\n')}\n` : ''}`);
	}

	printsToStdio(): boolean {
		return false;
	}
}
