/** The review page's one stylesheet (inline, allowed by its hash in the page's Content-Security-Policy). */
export const REVIEW_STYLE = String.raw`
:root { --high: #1a7f37; --medium: #9a6700; --low: #cf222e; --flag: #8250df; --line: #d0d7de; --muted: #57606a; --accent: #0969da; }
* { box-sizing: border-box; }
html { color-scheme: light; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #f6f8fa; }
header.bar { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; }
header.bar h1 { font-size: 15px; margin: 0; }
.counts { font-variant-numeric: tabular-nums; }
.counts b { font-weight: 600; }
.counts .n-acc { color: var(--high); } .counts .n-rej { color: var(--low); }
.filters { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; border: 0; margin: 0; padding: 0; }
.filters label { white-space: nowrap; }
.sw { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin: 0 3px 0 1px; }
.sw-high { background: var(--high); } .sw-medium { background: var(--medium); } .sw-low { background: var(--low); } .sw-flag { background: var(--flag); }
select, input[type=number], button { font: inherit; }
input[type=number] { width: 4.5em; }
.bar button { border: 1px solid var(--line); background: #f6f8fa; border-radius: 5px; padding: 3px 9px; cursor: pointer; }
.bar button:hover { background: #eaeef2; }
.bar button.primary { background: var(--high); border-color: #116329; color: #fff; }
.keys { color: var(--muted); font-size: 12px; }
kbd { font: 11px ui-monospace, SFMono-Regular, Menlo, monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 3px; background: #fff; }
.status { color: var(--muted); min-height: 1.2em; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 16px; padding: 16px; align-items: start; }
main { min-width: 0; }
section.file { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 20px 20px; margin-bottom: 16px; }
h2.file-path { font: 600 14px ui-monospace, SFMono-Regular, Menlo, monospace; margin: 4px 0; word-break: break-all; }
.file-meta { color: var(--muted); margin: 0 0 10px; font-size: 12px; }
.transcript { font: 16px/1.75 Charter, "Bitstream Charter", Georgia, "Times New Roman", serif; white-space: pre-wrap; overflow-wrap: break-word; max-width: 48em; }
.ln { min-height: 1.75em; content-visibility: auto; contain-intrinsic-size: auto 5.25em; }
.ln.gap { margin-top: 1.1em; }
.cue-mark { font: 10px ui-monospace, SFMono-Regular, Menlo, monospace; color: #8c959f; user-select: none; margin-right: 4px; }
.c { scroll-margin-top: calc(var(--bar, 100px) + 16px); border-radius: 4px; padding: 1px 2px; cursor: pointer; -webkit-box-decoration-break: clone; box-decoration-break: clone; border-bottom: 2px solid transparent; }
.c.applied { background: #eef6ff; }
.c.suggested { background: #fff8e5; border-bottom: 2px dashed #d4a72c; }
.c del { color: #a40e26; text-decoration: line-through; text-decoration-color: rgba(164, 14, 38, .55); }
.c ins { text-decoration: none; color: #0b5d1e; font-weight: 600; margin-left: 3px; }
.c ins.empty::before { content: "(delete)"; font: italic 12px system-ui, sans-serif; color: var(--muted); font-weight: 400; }
.c del:empty::before { content: "(insert)"; font: italic 12px system-ui, sans-serif; color: var(--muted); text-decoration: none; }
.c .more { font: 600 10px system-ui, sans-serif; color: var(--accent); vertical-align: super; margin-left: 1px; }
.c .conf { font: 600 10px/1 system-ui, sans-serif; vertical-align: super; padding: 1px 4px; border-radius: 7px; margin-left: 3px; color: #fff; }
.band-high .conf { background: var(--high); } .band-medium .conf { background: var(--medium); } .band-low .conf { background: var(--low); }
.c .btns { white-space: nowrap; }
.c button { font: 11px/1.2 system-ui, sans-serif; border: 1px solid var(--line); background: #fff; color: var(--muted); border-radius: 4px; padding: 0 4px; margin-left: 2px; cursor: pointer; vertical-align: 1px; }
.c button[data-action=accept]:hover { background: #dafbe1; color: var(--high); border-color: var(--high); }
.c button[data-action=reject]:hover { background: #ffebe9; color: var(--low); border-color: var(--low); }
.c.is-current { outline: 2px solid var(--accent); outline-offset: 1px; }
.c.is-accepted { background: #dafbe1; border-bottom-color: transparent; }
.c.is-accepted del { opacity: .45; }
.c.is-accepted button[data-action=accept] { background: var(--high); border-color: var(--high); color: #fff; }
.c.is-rejected { background: #f6f8fa; border-bottom-color: transparent; }
.c.is-rejected del { color: inherit; text-decoration: none; }
.c.is-rejected ins { color: #8c959f; text-decoration: line-through; font-weight: 400; }
.c.is-rejected button[data-action=reject] { background: var(--low); border-color: var(--low); color: #fff; }
.c.flag { background: transparent; border-bottom: 0; }
.c.flag mark { background: transparent; color: inherit; text-decoration: underline wavy var(--flag); text-underline-offset: 3px; }
.c.flag .conf { background: var(--flag); }
.c.is-off { background: transparent; border-bottom-color: transparent; cursor: default; }
.c.is-off ins, .c.is-off .conf, .c.is-off .more, .c.is-off .btns { display: none; }
.c.is-off del { color: inherit; text-decoration: none; opacity: 1; }
.c.is-off mark { text-decoration: none; }
.cluster { border-left: 2px solid var(--flag); border-right: 2px solid var(--flag); padding: 0 2px; border-radius: 4px; }
aside.detail { position: sticky; top: calc(var(--bar, 100px) + 16px); background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; max-height: calc(100vh - var(--bar, 100px) - 32px); overflow: auto; }
aside.detail h3 { margin: 0 0 6px; font-size: 13px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.d-change { font: 17px/1.4 Charter, Georgia, serif; margin: 6px 0 8px; overflow-wrap: anywhere; }
.d-change del { color: #a40e26; } .d-change ins { color: #0b5d1e; text-decoration: none; font-weight: 600; }
.d-rule { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; border: 1px solid var(--line); border-radius: 4px; padding: 1px 5px; }
.meter { height: 6px; background: #eaeef2; border-radius: 3px; margin: 6px 0 2px; overflow: hidden; }
.meter span { display: block; height: 100%; }
.meter .band-high { background: var(--high); } .meter .band-medium { background: var(--medium); } .meter .band-low { background: var(--low); } .meter .band-flag { background: var(--flag); }
.d-row { margin: 6px 0; }
.d-label { color: var(--muted); font-size: 12px; }
.d-reason { margin: 8px 0; overflow-wrap: anywhere; }
.d-alts { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; }
.d-alts button { border: 1px solid var(--line); background: #fff; border-radius: 4px; padding: 2px 7px; cursor: pointer; }
.d-alts button.chosen { border-color: var(--high); background: #dafbe1; }
.d-evidence { width: 100%; border-collapse: collapse; font-size: 12px; margin-top: 4px; }
.d-evidence td { border-top: 1px solid #eaeef2; padding: 2px 4px; vertical-align: top; overflow-wrap: anywhere; }
.d-evidence td:first-child { color: var(--muted); white-space: nowrap; }
.d-state { font-weight: 600; }
.empty-note { color: var(--muted); }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } aside.detail { position: static; max-height: none; } }
`
