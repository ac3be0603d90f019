/**
 * The review page: one self-contained HTML file (no network, no external scripts or fonts) that shows
 * every correction in place and records the reviewer's decisions. Caption text, glossary text and
 * file names are untrusted: they travel only as JSON in a data block (with `<`, `>` and `&` escaped)
 * and reach the page as text nodes; a Content-Security-Policy allows only the page's own inline
 * script and style, by hash.
 */
import { createHash } from 'node:crypto'
import { REVIEW_SCRIPT } from './client.js'
import { reviewData, type ReviewData, type ReviewInput } from './model.js'
import { REVIEW_STYLE } from './style.js'

export interface ReviewPageOptions {
  /** The run's minimum confidence, shown on the page. */
  minConfidence?: number
  /** Initial value of "accept all at or above" (default 0.9). */
  acceptAbove?: number
  /** Name and version shown in the page, e.g. `captidy 0.1.0`. */
  generator?: string
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** JSON safe inside a `<script type="application/json">` block: no `<`, `>`, `&` or line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`
}

/** The Content-Security-Policy of a page with exactly this inline script and style. */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

// Made of fixed words and base64 hashes only, so it goes in the attribute as is.
const CSP = contentSecurityPolicy(REVIEW_SCRIPT, REVIEW_STYLE)

/** Renders the review page for already computed review data. */
export function renderReviewData(data: ReviewData, options: ReviewPageOptions = {}): string {
  const above = options.acceptAbove ?? 0.9
  const title = `captidy review: ${data.files.map((f) => f.path).join(', ')}`
  const min = data.minConfidence === undefined ? '' : ` · applied at confidence ≥ ${data.minConfidence}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(data.generator)}">
<title>${escapeHtml(title)}</title>
<style>${REVIEW_STYLE}</style>
</head>
<body>
<header class="bar">
<h1>captidy review</h1>
<div class="counts" id="counts" aria-live="polite"></div>
<fieldset class="filters">
<label><input type="checkbox" data-band="high" checked><span class="sw sw-high"></span>high ≥ 0.9</label>
<label><input type="checkbox" data-band="medium" checked><span class="sw sw-medium"></span>medium ≥ 0.6</label>
<label><input type="checkbox" data-band="low" checked><span class="sw sw-low"></span>low</label>
<label><input type="checkbox" data-band="flag" checked><span class="sw sw-flag"></span>flags</label>
<select id="rule-filter" aria-label="Rule"><option value="">all rules</option></select>
<select id="state-filter" aria-label="Decision"><option value="">any decision</option><option value="undecided">undecided</option><option value="accepted">accepted</option><option value="rejected">rejected</option></select>
</fieldset>
<span><label for="above">Accept all shown at or above</label> <input id="above" type="number" min="0" max="1" step="0.05" value="${escapeHtml(String(above))}"> <button type="button" data-action="accept-above">Accept</button></span>
<button type="button" class="primary" data-action="export">Export decisions</button>
<span class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/prev · <kbd>n</kbd> next undecided · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>1</kbd>–<kbd>9</kbd> choose · <kbd>u</kbd> undo${escapeHtml(min)}</span>
<div class="status" id="status" role="status"></div>
</header>
<div class="layout">
<main id="files"></main>
<aside class="detail" id="detail"></aside>
</div>
<noscript><p>This review page needs JavaScript (its own inline script only; nothing is loaded from the network).</p></noscript>
<script type="application/json" id="captidy-data">${scriptJson(data)}</script>
<script>${REVIEW_SCRIPT}</script>
</body>
</html>
`
}

/** Renders the review page for files and their records. */
export function renderReviewPage(inputs: readonly ReviewInput[], options: ReviewPageOptions = {}): string {
  const dataOptions: { minConfidence?: number; generator?: string } = {}
  if (options.minConfidence !== undefined) dataOptions.minConfidence = options.minConfidence
  if (options.generator !== undefined) dataOptions.generator = options.generator
  return renderReviewData(reviewData(inputs, dataOptions), options)
}
