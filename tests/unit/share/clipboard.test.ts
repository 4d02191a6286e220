import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src/lib/share/clipboard';

function fakeField() {
	return { focus: vi.fn(), select: vi.fn() } as unknown as HTMLTextAreaElement & {
		focus: ReturnType<typeof vi.fn>;
		select: ReturnType<typeof vi.fn>;
	};
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('copyText', () => {
	it('uses the Clipboard API when the browser allows it', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		const field = fakeField();
		expect(await copyText('<iframe>', field)).toBe('copied');
		expect(writeText).toHaveBeenCalledWith('<iframe>');
		expect(field.select).not.toHaveBeenCalled();
	});

	it('falls back to selecting the field and the copy command', async () => {
		vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
		const execCommand = vi.fn().mockReturnValue(true);
		vi.stubGlobal('document', { execCommand });
		const field = fakeField();
		expect(await copyText('code', field)).toBe('copied');
		expect(field.select).toHaveBeenCalled();
		expect(execCommand).toHaveBeenCalledWith('copy');
	});

	it('leaves the text selected for the reader when nothing can copy (no Clipboard API, no command)', async () => {
		vi.stubGlobal('navigator', {});
		vi.stubGlobal('document', {
			execCommand: () => {
				throw new Error('unsupported');
			}
		});
		const field = fakeField();
		expect(await copyText('code', field)).toBe('selected');
		expect(field.focus).toHaveBeenCalled();
		expect(field.select).toHaveBeenCalled();
	});
});
