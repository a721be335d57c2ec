// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'dist-subpath/', '.astro/', 'node_modules/', 'test-results/', 'reports/'] },
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	...eslintPluginAstro.configs['flat/recommended'],
	...eslintPluginAstro.configs['flat/jsx-a11y-strict'],
	{
		// Type-aware rules cannot see Astro's JSX types; `astro check` type-checks .astro files.
		files: ['**/*.astro'],
		...tseslint.configs.disableTypeChecked,
		languageOptions: {
			parserOptions: { parser: tseslint.parser, projectService: false, project: null },
		},
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
);
