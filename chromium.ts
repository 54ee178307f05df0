/**
 * How the end-to-end tests and the benchmark launch Chromium: Debian's (Playwright's own browser
 * download does not work in our environments), quiet and with software WebGL.
 */
export const chromiumLaunch = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		// No background traffic to Google: the tests assert that nothing leaves localhost.
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic',
		// WebGL without a GPU, through SwiftShader.
		'--use-angle=swiftshader',
		'--enable-unsafe-swiftshader'
	]
};
