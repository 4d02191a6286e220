import { describe, expect, it } from 'vitest';
import {
	isWordPressReady,
	wordpressHeight,
	wordpressLink,
	wordpressSecret
} from '../../../src/lib/share/wordpress';

describe('WordPress’s embed protocol', () => {
	it('reads the secret WordPress puts in the frame’s fragment, and nothing else', () => {
		expect(wordpressSecret('#?secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
		expect(wordpressSecret('#?secret=Ab12Cd34Ef&x=1')).toBe('Ab12Cd34Ef');
		for (const hash of [
			'',
			'#advance-1988',
			'#secret=Ab12',
			'#?secret=',
			'#?secret=a"b',
			'#?secret=ab/cd',
			`#?secret=${'a'.repeat(65)}`
		])
			expect(wordpressSecret(hash), hash).toBeUndefined();
	});

	it('speaks wp-embed.js’s height and link messages, with the secret', () => {
		expect(wordpressHeight('s3cret', 812.2)).toEqual({ message: 'height', value: 813, secret: 's3cret' });
		expect(wordpressLink('s3cret', 'https://example.org/story/#paris')).toEqual({
			message: 'link',
			value: 'https://example.org/story/#paris',
			secret: 's3cret'
		});
	});

	it('knows WordPress’s ready for its own secret only', () => {
		expect(isWordPressReady({ message: 'ready', secret: 's3cret' }, 's3cret')).toBe(true);
		expect(isWordPressReady({ message: 'ready', secret: 'other' }, 's3cret')).toBe(false);
		expect(isWordPressReady({ message: 'height', secret: 's3cret' }, 's3cret')).toBe(false);
		expect(isWordPressReady('ready', 's3cret')).toBe(false);
		expect(isWordPressReady(null, 's3cret')).toBe(false);
	});
});
