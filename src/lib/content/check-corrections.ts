/** Checks on corrections.yaml that need the rest of the story, and its order for readers. */
import type { Correction, StoryMeta } from './schema';
import type { IssueList } from './validation-error';
import type { ParsedYaml } from './yaml-file';

export function checkCorrections(
	corrections: readonly Correction[],
	yaml: ParsedYaml,
	file: string,
	meta: Pick<StoryMeta, 'chapters' | 'updated'>,
	storyYaml: ParsedYaml,
	storyPath: string,
	today: string,
	issues: IssueList
): void {
	const seen = new Set<string>();
	corrections.forEach((correction, i) => {
		const at = (field: keyof Correction, message: string) =>
			issues.add({ file, field: `[${i}].${field}`, line: yaml.lineOf([i, field]), message });
		if (seen.has(correction.id)) at('id', `"${correction.id}" is used by an earlier entry`);
		seen.add(correction.id);
		if (correction.chapter !== undefined && !meta.chapters.includes(correction.chapter)) {
			at('chapter', `unknown chapter "${correction.chapter}" (not listed in ${storyPath})`);
		}
		if (correction.date > today) at('date', `is in the future (today is ${today})`);
	});
	const newest = newestFirst(corrections)[0];
	if (newest && meta.updated < newest.date) {
		issues.add({
			file: storyPath,
			field: 'updated',
			line: storyYaml.lineOf(['updated']),
			message: `is older than the newest correction (${newest.id}, ${newest.date} in ${file}): set it to ${newest.date} or later`
		});
	}
}

/** Newest first; entries of the same day keep the order they are written in. */
export function newestFirst<T extends Pick<Correction, 'date'>>(corrections: readonly T[]): T[] {
	return [...corrections].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
