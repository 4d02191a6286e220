import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/lib/content/load-story';
import { ValidationError, type ValidationIssue } from '../../../src/lib/content/validation-error';
import { latestToday } from '../../../src/lib/content/schema-rules';
import { chapterFile, issuesOf, layers, storyFiles } from './fixtures';

const alpha = (frontMatter: string, body?: string) =>
	chapterFile('alpha', `title: Alpha\ndescription: d.\n${frontMatter}`, body);
const beta = chapterFile('beta', 'title: Beta\ncamera: { fit: cities }\nlayers: [cities]\ndescription: d.');

describe('loadStory with valid content', () => {
	it('returns chapters in story order with rendered, cited text', () => {
		const story = loadStory(storyFiles({ order: ['beta', 'alpha'] }), layers());
		expect(story.chapters.map((c) => c.id)).toEqual(['beta', 'alpha']);
		expect(story.chapters[0]!.html).toContain('<sup class="cite"><a href="#beta-source-1"');
		expect(story.chapters[0]!.sourceIds).toEqual(['src-a']);
	});

	it('numbers sources in reading order, then those only used by map features', () => {
		const story = loadStory(storyFiles(), layers());
		expect(story.sources.map((s) => [s.id, s.number])).toEqual([
			['src-a', 1],
			['src-b', 2]
		]);
		expect(story.sources[1]!.side).toEqual({ id: 'iran-state', label: 'Iranian state source' });
	});

	it('applies schema defaults; a chapter lists its highlighted places unless it names others', () => {
		const story = loadStory(storyFiles(), layers());
		expect(story.chapters[1]!.camera).toEqual({ fit: 'cities', padding: 40 });
		expect(story.chapters[1]!.highlight).toEqual([]);
		expect(story.chapters[0]!.places).toEqual(['rome']);
	});

	it('writes lengths computed from the map data into the text', () => {
		const files = storyFiles({
			chapters: [
				alpha(
					'camera: { center: [10, 45], zoom: 5 }\nlayers: [route]',
					'The road is {{length:road}} long [@src-a].'
				),
				beta
			]
		});
		expect(loadStory(files, layers()).chapters[0]!.html).toContain('The road is 412 km long');
	});

	it('escapes raw HTML-looking text and refuses javascript: links', () => {
		const files = storyFiles({
			chapters: [
				alpha(
					'camera: { center: [10, 45], zoom: 5 }\nlayers: [cities]',
					'A [link](javascript:alert(1)) and 5 < 6 [@src-a].'
				),
				beta
			]
		});
		const html = loadStory(files, layers()).chapters[0]!.html;
		expect(html).not.toMatch(/href="javascript:/i);
		expect(html).toContain('5 &lt; 6');
	});
});

describe('loadStory rejects bad content with the file, the field and what is wrong', () => {
	const cases: {
		name: string;
		files: () => ReturnType<typeof storyFiles>;
		expected: Partial<Omit<ValidationIssue, 'message'>> & { message: RegExp };
	}[] = [
		{
			name: 'unknown layer id',
			files: () =>
				storyFiles({ chapters: [alpha('camera: { center: [10, 45], zoom: 5 }\nlayers: [citiez]'), beta] }),
			expected: {
				file: 'content/chapters/alpha.md',
				field: 'layers[0]',
				line: 6,
				message: /unknown layer "citiez" \(known layers: cities, route\)/
			}
		},
		{
			name: 'unknown feature id',
			files: () =>
				storyFiles({
					chapters: [
						alpha('camera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\nhighlight: [paris]'),
						beta
					]
				}),
			expected: { field: 'highlight[0]', message: /unknown feature "paris"/ }
		},
		{
			name: 'highlighted feature in a hidden layer',
			files: () =>
				storyFiles({
					chapters: [
						alpha('camera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\nhighlight: [road]'),
						beta
					]
				}),
			expected: { field: 'highlight[0]', message: /is in layer "route", which this chapter does not show/ }
		},
		{
			name: 'a length of something that is not a line',
			files: () =>
				storyFiles({
					chapters: [
						alpha('camera: { center: [10, 45], zoom: 5 }', 'It is {{length:rome}} long [@src-a].'),
						beta
					]
				}),
			expected: { field: 'text', line: 9, message: /\{\{length:rome\}\} needs a LineString feature/ }
		},
		{
			name: 'a listed place in a hidden layer',
			files: () =>
				storyFiles({
					chapters: [
						alpha('camera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\nplaces: [rome, road]'),
						beta
					]
				}),
			expected: {
				field: 'places[1]',
				message: /feature "road" is in layer "route", which this chapter does not show/
			}
		},
		{
			name: 'drawing a feature that is not a line',
			files: () =>
				storyFiles({
					chapters: [alpha('camera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\ndraw: rome'), beta]
				}),
			expected: { field: 'draw', message: /feature "rome" is a Point; only a LineString can be drawn/ }
		},
		{
			name: 'unknown layer in camera.fit',
			files: () =>
				storyFiles({ chapters: [alpha('camera: { fit: [cities, rivers] }\nlayers: [cities]'), beta] }),
			expected: { field: 'camera.fit[1]', message: /unknown layer "rivers"/ }
		},
		{
			name: 'duplicate chapter id',
			files: () =>
				storyFiles({
					chapters: [
						alpha('camera: { center: [10, 45], zoom: 5 }'),
						{ ...beta, text: beta.text.replace('id: beta', 'id: alpha') }
					],
					order: ['alpha']
				}),
			expected: {
				file: 'content/chapters/beta.md',
				field: 'id',
				line: 2,
				message: /duplicate chapter id "alpha" \(also used by content\/chapters\/alpha.md\)/
			}
		},
		{
			name: 'longitude out of range',
			files: () => storyFiles({ chapters: [alpha('camera: { center: [190, 45], zoom: 5 }'), beta] }),
			expected: { field: 'camera.center[0]', line: 5, message: /longitude 190 is out of range/ }
		},
		{
			name: 'latitude out of range, with a hint that the pair looks swapped',
			files: () => storyFiles({ chapters: [alpha('camera: { center: [45, 100], zoom: 5 }'), beta] }),
			expected: {
				field: 'camera.center[1]',
				message:
					/latitude 100 is out of range \(-90 to 90\) \(did you write \[latitude, longitude\]\? Write \[100, 45\]\)/
			}
		},
		{
			name: 'camera evidently swapped (both values in range)',
			files: () =>
				storyFiles({ chapters: [alpha('camera: { center: [44, 11], zoom: 6 }\nlayers: [cities]'), beta] }),
			expected: { field: 'camera.center', message: /looks like \[latitude, longitude\]: write \[11, 44\]/ }
		},
		{
			name: 'camera far outside its layers',
			files: () =>
				storyFiles({
					chapters: [alpha('camera: { center: [51.4, 35.7], zoom: 9 }\nlayers: [cities]'), beta]
				}),
			expected: {
				field: 'camera.center',
				// Where the layers are, in case the mistake is in the layer rather than in the camera.
				message:
					/away from this chapter's layers: none of them would be in view at zoom 9 \(they lie within \[9\.00, 41\.00, 13\.00, 46\.00\], west, south, east, north\)/
			}
		},
		{
			name: 'zoom out of range',
			files: () => storyFiles({ chapters: [alpha('camera: { center: [10, 45], zoom: 25 }'), beta] }),
			expected: { field: 'camera.zoom', message: /zoom must be 18 or less/ }
		},
		{
			name: 'a chapter without sources',
			files: () =>
				storyFiles({ chapters: [alpha('camera: { center: [10, 45], zoom: 5 }', 'No citation here.'), beta] }),
			expected: { field: 'sources', message: /a chapter needs at least one source/ }
		},
		{
			name: 'a citation of an unknown source, with its line',
			files: () =>
				storyFiles({
					chapters: [
						alpha('camera: { center: [10, 45], zoom: 5 }', 'First [@src-a].\n\nSecond [@src-zz].'),
						beta
					]
				}),
			expected: {
				field: 'text',
				line: 11,
				message: /cites unknown source "src-zz" \(not in content\/sources.yaml\)/
			}
		},
		{
			name: 'an unknown source in the sources list, naming the sources file',
			files: () =>
				storyFiles({ chapters: [alpha('camera: { center: [10, 45], zoom: 5 }\nsources: [src-q]'), beta] }),
			expected: { field: 'sources[0]', message: /^unknown source "src-q" \(not in content\/sources.yaml\)$/ }
		},
		{
			name: 'a malformed citation',
			files: () =>
				storyFiles({
					chapters: [alpha('camera: { center: [10, 45], zoom: 5 }', 'Text [@src-a, @src-b].'), beta]
				}),
			expected: { field: 'text', message: /malformed citation \[@src-a, @src-b\]/ }
		},
		{
			name: 'raw HTML in chapter text',
			files: () =>
				storyFiles({
					chapters: [
						alpha('camera: { center: [10, 45], zoom: 5 }', 'Hi [@src-a].\n\n<script>alert(1)</script>'),
						beta
					]
				}),
			expected: { field: 'text', message: /^raw HTML is not allowed in chapter text: write Markdown/ }
		},
		{
			name: 'an image in chapter text',
			files: () =>
				storyFiles({
					chapters: [
						alpha('camera: { center: [10, 45], zoom: 5 }', '![x](https://tracker.example/x.png) [@src-a]')
					],
					order: ['alpha']
				}),
			expected: {
				field: 'text',
				message: /^an image is not allowed in chapter text \(it would load from another site\)/
			}
		},
		{
			name: 'HTML in a text field',
			files: () =>
				storyFiles({
					chapters: [
						chapterFile(
							'alpha',
							'title: <b>Alpha</b>\ndescription: d.\ncamera: { center: [10, 45], zoom: 5 }'
						),
						beta
					]
				}),
			expected: { field: 'title', line: 3, message: /must be plain text: HTML tags are not allowed/ }
		},
		{
			name: 'invalid YAML front matter',
			files: () =>
				storyFiles({ chapters: [alpha('camera: { center: [10, 45], zoom: 5 \nlayers: [cities'), beta] }),
			expected: { file: 'content/chapters/alpha.md', message: /invalid YAML/ }
		},
		{
			name: 'no front matter',
			files: () => storyFiles({ chapters: [{ path: 'content/chapters/alpha.md', text: '# Alpha\n' }, beta] }),
			expected: { line: 1, message: /must start with YAML front matter/ }
		},
		{
			name: 'a misspelt field',
			files: () =>
				storyFiles({ chapters: [alpha('camera: { center: [10, 45], zoom: 5 }\nlayer: [cities]'), beta] }),
			expected: { field: 'layer', line: 6, message: /is not a known field/ }
		},
		{
			name: 'a camera that is neither kind',
			files: () => storyFiles({ chapters: [alpha('camera: { fit: 3 }'), beta] }),
			expected: { field: 'camera.fit', message: /.+/ }
		},
		{
			name: 'a chapter file missing from story.yaml',
			files: () => storyFiles({ order: ['alpha'] }),
			expected: { file: 'content/chapters/beta.md', message: /is not listed in content\/story.yaml/ }
		},
		{
			name: 'story.yaml lists a chapter that does not exist',
			files: () => storyFiles({ order: ['alpha', 'beta', 'gamma'] }),
			expected: {
				file: 'content/story.yaml',
				field: 'chapters[2]',
				message: /no chapter file has id "gamma"/
			}
		},
		{
			name: 'a source without a publisher',
			files: () => storyFiles({ sources: 'src-a:\n  title: A\nsrc-b:\n  title: B\n  publisher: P\n' }),
			expected: { file: 'content/sources.yaml', field: 'src-a.publisher', line: 2, message: /is missing/ }
		},
		{
			name: 'a map feature citing an unknown source',
			files: () =>
				storyFiles({
					sources: `src-a:\n  title: A\n  publisher: P\n  date: '2001'\n  accessed: '2026-01-01'\n`
				}),
			expected: {
				file: 'src/content/layers/cities.geojson',
				field: 'features[id=rome].properties.sources[0]',
				message: /unknown source "src-b"/
			}
		},
		{
			name: 'a YAML alias bomb ("billion laughs")',
			files: () =>
				storyFiles({
					story:
						"title: T\ndescription: D.\nupdated: '2026-01-01'\nchapters: [alpha, beta]\n" +
						'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
						'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n'
				}),
			expected: {
				file: 'content/story.yaml',
				field: '',
				line: 6,
				message: /^invalid YAML: its aliases \(\*name\) expand to too many values/
			}
		}
	];

	for (const { name, files, expected } of cases) {
		it(name, () => {
			const issues = issuesOf(files());
			const { message, ...where } = expected;
			const match = issues.find((issue) => message.test(issue.message));
			expect(match, `issues were: ${JSON.stringify(issues, null, 1)}`).toBeDefined();
			expect(match).toMatchObject(where);
		});
	}

	it('a chapter whose front matter does not parse is reported once, not also as missing', () => {
		const issues = issuesOf(
			storyFiles({ chapters: [alpha('camera: { center: [10, 45], zoom: 5 }\nlayers: [cities'), beta] })
		);
		expect(issues).toEqual([
			expect.objectContaining({
				file: 'content/chapters/alpha.md',
				message: expect.stringMatching(/^invalid YAML/)
			})
		]);
	});

	it('reports every problem at once, as one readable message', () => {
		const files = storyFiles({
			chapters: [alpha('camera: { center: [190, 45], zoom: 25 }\nlayers: [nope]'), beta]
		});
		try {
			loadStory(files, layers());
			expect.unreachable();
		} catch (error) {
			const { issues, message } = error as ValidationError;
			expect(issues.length).toBeGreaterThanOrEqual(2);
			expect(message).toMatch(/^Invalid story content \(\d+ problems\):/);
			expect(message).toContain(
				'content/chapters/alpha.md:5 camera.center[0]: longitude 190 is out of range'
			);
		}
	});
});

describe('loadStory and hostile content', () => {
	const withSources = (sources: string) =>
		storyFiles({
			sources,
			chapters: [
				alpha(
					'camera: { center: [10, 45], zoom: 5 }\nlayers: [cities]',
					'Cited [@constructor] and [@src-a].'
				),
				beta
			]
		});

	it('looks source ids up as themselves: "constructor" is unknown unless sources.yaml has it', () => {
		expect(issuesOf(withSources(storyFiles().sources.text))).toEqual([
			expect.objectContaining({
				field: 'text',
				message: expect.stringMatching(/cites unknown source "constructor"/)
			})
		]);
		const story = loadStory(
			withSources(
				`${storyFiles().sources.text}constructor:\n  title: On builders\n  publisher: P\n  date: '2020'\n  accessed: '2026-12-01'\n`
			),
			layers()
		);
		expect(story.sources.map((s) => [s.id, s.number])).toEqual([
			['constructor', 1],
			['src-a', 2],
			['src-b', 3]
		]);
	});

	it('refuses a list naming one id twice, at the repeat', () => {
		const issues = issuesOf(
			storyFiles({
				chapters: [
					alpha('camera: { center: [10, 45], zoom: 5 }\nlayers: [cities]\nplaces: [rome, milan, rome]'),
					beta
				]
			})
		);
		expect(issues).toEqual([
			expect.objectContaining({
				field: 'places[2]',
				line: 7,
				message: '"rome" is listed twice (also at [0])'
			})
		]);
	});

	it('refuses an "updated" date that has not come yet', () => {
		const story = "title: T\ndescription: D.\nupdated: '2999-01-01'\nchapters: [alpha, beta]\n";
		expect(issuesOf(storyFiles({ story }))).toEqual([
			expect.objectContaining({
				field: 'updated',
				message: expect.stringMatching(/^is in the future \(today is \d{4}-\d\d-\d\d\)/)
			})
		]);
		expect(latestToday(Date.parse('2026-12-31T12:00:00Z'))).toBe('2027-01-01');
	});

	it('refuses escapes that decode to control characters, by field', () => {
		const story =
			'title: "The \\e[31mstory"\ndescription: D.\nupdated: \'2026-01-01\'\nchapters: [alpha, beta]\n';
		expect(issuesOf(storyFiles({ story }))).toEqual([
			expect.objectContaining({
				field: 'title',
				line: 1,
				message: expect.stringMatching(/^holds U\+001B \(ESC\)/)
			})
		]);
	});

	it('refuses drawing a line of no length', () => {
		const flat = layers();
		flat[1]!.features[0]!.lengthKm = 0;
		const files = storyFiles({
			chapters: [alpha('camera: { center: [10, 45], zoom: 5 }\nlayers: [route]\ndraw: road'), beta]
		});
		const error = (() => {
			try {
				loadStory(files, flat);
			} catch (e) {
				return e as ValidationError;
			}
		})();
		expect(error?.issues).toEqual([
			expect.objectContaining({
				field: 'draw',
				message: expect.stringMatching(/feature "road" has no length/)
			})
		]);
	});
});
