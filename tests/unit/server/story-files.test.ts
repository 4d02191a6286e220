/** What the story folder reader refuses, in one sentence each, without reading what it refuses. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssueList, ValidationError } from '../../../src/lib/content/validation-error';
import {
	checkStoryFolder,
	listStoryFiles,
	MAX_FILE_BYTES,
	readStoryFile
} from '../../../src/lib/server/story-files';

let outside: string;
let story: { dir: string; display: string };

beforeAll(async () => {
	outside = await mkdtemp(join(tmpdir(), 'story-files-'));
	story = { dir: join(outside, 'story'), display: 'stories/test' };
	await mkdir(join(story.dir, 'chapters', 'folder.md'), { recursive: true });
	await mkdir(join(story.dir, 'shared'));
	await writeFile(join(outside, 'secret.txt'), 'SECRET=1\n');
	await writeFile(join(story.dir, 'story.yaml'), 'title: A\n');
	await writeFile(join(story.dir, 'shared', 'common.md'), 'shared text\n');
	await writeFile(join(story.dir, 'chapters', 'a.md'), 'chapter a\n');
	await writeFile(join(story.dir, 'chapters', '.#a.md'), 'an editor lock\n');
	await writeFile(join(story.dir, 'chapters', 'notes.txt'), 'not a chapter\n');
	await writeFile(join(story.dir, 'escape.md'), 'fine\nbad \u001b[2J\n');
	await promisify(execFile)('mkfifo', [join(story.dir, 'chapters', 'fifo.md')]);
	await symlink('../shared/common.md', join(story.dir, 'chapters', 'linked-inside.md'));
	await symlink(join(outside, 'secret.txt'), join(story.dir, 'chapters', 'linked-outside.md'));
	await symlink('/dev/zero', join(story.dir, 'chapters', 'zero.md'));
	await symlink('missing.md', join(story.dir, 'chapters', 'dangling.md'));
	await writeFile(join(story.dir, 'chapters', 'huge.md'), '');
	await truncate(join(story.dir, 'chapters', 'huge.md'), 3 * 1024 ** 3);
});

afterAll(async () => {
	await rm(outside, { recursive: true, force: true });
});

async function read(path: string) {
	const issues = new IssueList();
	const text = await readStoryFile(story, path, issues);
	return { text, messages: issues.issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} ${i.message}`) };
}

describe('readStoryFile', () => {
	it('reads a regular file, and one linked from inside the story', async () => {
		expect(await read('story.yaml')).toEqual({ text: 'title: A\n', messages: [] });
		expect((await read('chapters/linked-inside.md')).text).toBe('shared text\n');
	});

	it('refuses what is not a regular file inside the story, each in a sentence, reading none of it', async () => {
		const cases: [string, RegExp][] = [
			['chapters/fifo.md', /is a named pipe \(FIFO\), not a regular file/],
			['chapters/folder.md', /is a folder, not a file/],
			['chapters/linked-outside.md', /is a symbolic link to something outside the story folder/],
			['chapters/zero.md', /is a symbolic link to something outside the story folder/],
			['chapters/dangling.md', /is a symbolic link to something that does not exist/],
			['chapters/absent.md', /file is missing/],
			['chapters/huge.md', /file is 3072\.0 MB; the limit is 5\.0 MB/]
		];
		for (const [path, message] of cases) {
			const { text, messages } = await read(path);
			expect(text, path).toBeUndefined();
			expect(messages, path).toEqual([
				expect.stringMatching(new RegExp(`^stories/test/${path} ${message.source}`))
			]);
		}
		expect(JSON.stringify(await read('chapters/linked-outside.md'))).not.toContain('SECRET');
	});

	it('refuses raw control characters by line', async () => {
		expect((await read('escape.md')).messages).toEqual([
			expect.stringMatching(/^stories\/test\/escape\.md:2 column 5 holds U\+001B \(ESC\)/)
		]);
	});

	it('has a limit that hand-written files stay far below', () => {
		expect(MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
	});
});

describe('listStoryFiles and checkStoryFolder', () => {
	it('list a folder’s files with the extension, leaving hidden ones out', async () => {
		const names = await listStoryFiles(story, 'chapters', '.md', new IssueList(), 'chapters');
		expect(names).toEqual([
			'a.md',
			'dangling.md',
			'fifo.md',
			'folder.md',
			'huge.md',
			'linked-inside.md',
			'linked-outside.md',
			'zero.md'
		]);
	});

	it('say in one sentence that a folder is missing, or is a file', async () => {
		const issues = new IssueList();
		expect(await listStoryFiles(story, 'nowhere', '.md', issues, 'it holds the chapters')).toBeUndefined();
		expect(await listStoryFiles(story, 'story.yaml', '.md', issues, 'it holds the chapters')).toBeUndefined();
		expect(issues.issues.map((i) => `${i.file} ${i.message}`)).toEqual([
			'stories/test/nowhere folder is missing: it holds the chapters',
			'stories/test/story.yaml is not a folder: it holds the chapters'
		]);
	});

	it('refuse a story folder that does not exist, once', async () => {
		const error = await checkStoryFolder({ dir: join(outside, 'nope'), display: 'nope' }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).issues).toEqual([
			{ file: 'nope', field: '', message: 'is not a story folder: the folder is missing' }
		]);
	});
});
