/**
 * Checks on sources.yaml that need the rest of the story: each side must be one story.yaml names,
 * a wiki link needs the revision read, a link to a copy must say so, and no date lies in the future.
 */
import { firstDay } from './partial-date';
import type { SourceEntry, StoryMeta } from './schema';
import type { IssueList } from './validation-error';
import type { ParsedYaml } from './yaml-file';

/** The link's host, lower case and without a trailing dot; undefined for no link. */
function hostOf(url: string | undefined): string | undefined {
	if (url === undefined) return undefined;
	return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
}

/** The listed host that `host` is or is a subdomain of. */
function listedHost(host: string | undefined, listed: readonly string[]): string | undefined {
	if (host === undefined) return undefined;
	return listed.find((entry) => host === entry || host.endsWith(`.${entry}`));
}

export function checkSources(
	sources: Readonly<Record<string, SourceEntry>>,
	yaml: ParsedYaml,
	file: string,
	meta: Pick<StoryMeta, 'sides' | 'source_hosts'>,
	storyPath: string,
	today: string,
	issues: IssueList
): void {
	const sides = Object.keys(meta.sides);
	for (const [id, source] of Object.entries(sources)) {
		const at = (field: keyof SourceEntry, message: string, lineField: keyof SourceEntry = field) =>
			issues.add({ file, field: `${id}.${field}`, line: yaml.lineOf([id, lineField]), message });
		const host = hostOf(source.url);

		if (source.affiliation !== undefined && !meta.sides[source.affiliation]) {
			at(
				'affiliation',
				`unknown side "${source.affiliation}" (${storyPath} sides: ${sides.join(', ') || 'none'})`
			);
		}
		const wiki = listedHost(host, meta.source_hosts.wikis);
		if (wiki && source.revision === undefined) {
			at(
				'revision',
				`is missing: the url is on a wiki (${wiki}), so give a permanent link to the revision read (…&oldid=…)`,
				'url'
			);
		}
		const copy = listedHost(host, meta.source_hosts.copies);
		if (copy && !source.copy) {
			at('copy', `is missing: ${copy} only holds copies, so the source must say copy: true`, 'url');
		}
		if (source.date !== 'none' && firstDay(source.date) > today) {
			at('date', `is in the future (today is ${today})`);
		}
		if (source.accessed > today) at('accessed', `is in the future (today is ${today})`);
	}
}
