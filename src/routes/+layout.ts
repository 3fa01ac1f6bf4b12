// Every page is prerendered to `<page>/index.html`, so any static file server finds it.
export const prerender = true;
export const trailingSlash = 'always';
