/**
 * Writes a Content-Security-Policy into each page of the production build,
 * as a `<meta http-equiv>` tag ahead of everything else in `<head>`. The
 * development server goes without: Vite serves inline scripts and a
 * websocket there.
 *
 * A policy in a meta tag cannot say `frame-ancestors` (nor `report-to`,
 * `sandbox`): a server that hosts the build sends those as headers (README,
 * "Content-Security-Policy").
 */
import type { Plugin } from 'vite';

/** Directive → sources. */
export type Policy = Readonly<Record<string, readonly string[]>>;

export function serializePolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** `policies` maps each page's file name (e.g. `index.html`) to its policy; every page must have one. */
export function contentSecurityPolicy(policies: Readonly<Record<string, Policy>>): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { filename }) {
        const page = filename.split(/[\\/]/).pop() ?? filename;
        const policy = policies[page];
        if (!policy) throw new Error(`no Content-Security-Policy is defined for ${page}`);
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: serializePolicy(policy) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
