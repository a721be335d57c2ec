// Plain `tsc` cannot read .astro files; `astro check` types them for real.
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}
