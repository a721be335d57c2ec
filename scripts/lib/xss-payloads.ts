/**
 * Attack strings for the XSS tests. Each one, if it ever ran, would set `window.__xss`, open a
 * dialog, or leave an element with an event handler or a frame in the page.
 */
export const cores = [
	'<script>window.__xss=1</script>',
	'<img src=x onerror="window.__xss=1">',
	'<svg onload=window.__xss=1>',
	'<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
	'<body onload=window.__xss=1>',
	'<details open ontoggle=window.__xss=1>',
	'<a href="javascript:window.__xss=1">x</a>',
	'javascript:window.__xss=1',
	'<math><mi xlink:href="javascript:window.__xss=1">x</mi></math>',
	'<input autofocus onfocus=window.__xss=1>',
	'<video><source onerror="window.__xss=1"></video>',
	'<object data="javascript:window.__xss=1"></object>',
	'<embed src="javascript:window.__xss=1">',
	'<style>@import "javascript:window.__xss=1"</style>',
	'<marquee onstart=window.__xss=1>',
	'${alert(1)}',
	'{{constructor.constructor("window.__xss=1")()}}',
	'<script src=data:text/javascript,window.__xss=1></script>',
	'<img src=1 onerror=alert(1)>',
	'<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
	'"><script>alert(1)</script>',
	"'-alert(1)-'",
	'</textarea><script>window.__xss=1</script>',
	'</title><script>window.__xss=1</script>',
	'<template><script>window.__xss=1</script></template>',
];

const wrappers: ((core: string) => string)[] = [
	(core) => core,
	(core) => `"${core}`,
	(core) => `'${core}`,
	(core) => `"><${core.slice(1)}`,
	(core) => `vpn ${core}`,
	(core) => `${core} margin`,
	(core) => core.toUpperCase().replaceAll('WINDOW.__XSS', 'window.__xss'),
	(core) => core.replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
	(core) => core.replaceAll('<', '%3C').replaceAll('>', '%3E'),
	(core) => core.replaceAll(' ', '/'),
	(core) => core.replaceAll(' ', '\t'),
	(core) => `<!--${core}-->`,
	(core) => `<![CDATA[${core}]]>`,
	(core) => `\u0000${core}`,
	(core) => `${core}\u2028`,
	(core) => encodeURIComponent(core),
	(core) => `<div>${core}</div>`,
	(core) => `</script>${core}`,
	(core) => `</style>${core}`,
	(core) => `#${core}`,
];

/** 500 payloads: every core through every wrapper. */
export const payloads: string[] = cores.flatMap((core) => wrappers.map((wrap) => wrap(core)));
