declare module 'virtual:sales-kit/config' {
	const config: import('./loading/kit-config-schema.ts').SalesKitConfig;
	export default config;
}
