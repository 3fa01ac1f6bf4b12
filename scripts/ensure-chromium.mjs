// The browser tests drive a real Chromium. Test tools cannot download browsers on our machines, so
// we use the system's: CHROMIUM_PATH, or Debian's /usr/bin/chromium — installed here with apt-get
// when missing and we are root (CI and fresh machines). Otherwise say what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
	console.error(`CHROMIUM_PATH=${path} does not exist.`);
	process.exit(1);
}
if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log('Chromium is missing: installing Debian’s chromium with apt-get …');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	process.exit(existsSync(path) ? 0 : 1);
}
console.error(
	'The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium),\n' +
		'or point CHROMIUM_PATH at any Chromium or Chrome binary (see CONTRIBUTING.md).'
);
process.exit(1);
