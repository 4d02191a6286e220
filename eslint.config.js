import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Our links are external sources or #fragments, and replaceState only changes the hash.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Layering: content and geodata code is framework-free; the map controller and views are too.
		files: ['src/lib/content/**', 'src/lib/geodata/**', 'geo/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', 'maplibre-gl', '$app/*'],
							message: 'Content and geodata code must stay framework-free.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/map/*.ts', 'src/lib/scrolly/*.ts', 'src/lib/embed/*.ts'],
		ignores: ['**/*.svelte.ts', 'src/lib/embed/share-context.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*'],
							message: 'Engine modules are framework-free; only components use Svelte.'
						}
					]
				}
			]
		}
	},
	{
		// Browser code may use the schema's types but not the schema itself (zod stays out of the bundle).
		files: ['src/lib/{story,map,embed,scrolly,static-map}/**', 'src/routes/**/*.svelte'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)content/schema$|^zod$',
							allowTypeImports: true,
							message: 'Import only types from the schema in browser code; zod must not reach the bundle.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'build-example/',
			'.build-staging-*/',
			'.geo-staging-*/',
			'.svelte-kit/',
			'node_modules/',
			'static/',
			'test-results/',
			'playwright-report/',
			'bench/results/',
			'tests/e2e/host/generated/'
		]
	}
);
