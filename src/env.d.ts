declare module 'virtual:sales-kit/config' {
	const config: import('./integration/config.ts').SalesKitConfig;
	export default config;
}
