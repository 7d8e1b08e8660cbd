/**
 * The HTML shell of a report: one self-contained document with inline CSS and the system
 * font stack; nothing is fetched (no scripts, fonts, styles or images from anywhere).
 */
import { FONT_STACK, escapeXml } from './svg.js';

/** Escapes text for HTML content and attributes (the same five characters as XML). */
export const escapeHtml = escapeXml;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;padding:24px 32px 48px;font-family:${FONT_STACK};font-size:15px;line-height:1.45;color:#222;background:#f6f7f9}
main{max-width:1600px;margin:0 auto}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:21px;margin:0 0 8px;padding-top:4px}
h3{font-size:16px;margin:24px 0 6px}
p{margin:6px 0}
.lede{color:#555;margin-bottom:16px}
nav ol{margin:6px 0 20px;padding-left:22px}
a{color:#0062a0}
section.comparison{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:20px 24px;margin:0 0 28px}
dl.settings{display:flex;flex-wrap:wrap;gap:4px 22px;margin:8px 0 12px;font-size:14px}
dl.settings dt{display:inline;color:#666}
dl.settings dt::after{content:":"}
dl.settings dd{display:inline;margin:0 0 0 5px;font-weight:600}
.table-wrap{overflow-x:auto}
table.results{border-collapse:collapse;font-size:13px;margin:8px 0;font-variant-numeric:tabular-nums}
table.results th,table.results td{padding:5px 6px;border-bottom:1px solid #e3e6ea;text-align:right;white-space:nowrap}
table.results th{background:#f0f2f5;font-weight:600;vertical-align:bottom;white-space:normal}
table.results th[colspan]{text-align:center;border-bottom:1px solid #cfd4da}
table.results thead tr:first-child th:first-child,table.results td:first-child{text-align:left;white-space:normal;min-width:10em}
table.results tr.winner td{background:#eaf4fb;font-weight:600}
th.primary{color:#0062a0}
.badge{display:inline-block;margin-left:8px;padding:0 7px;border-radius:9px;background:#0072b2;color:#fff;font-size:12px;font-weight:600}
.badge.diverged,.badge.failed{background:#d55e00}
.banner.failed{margin:8px 0;padding:10px 14px;border:2px solid #d55e00;border-radius:6px;background:#fdeee4;color:#6b2a00}
.verdict{font-size:16px;margin:10px 0 2px}
.verdict.winner{color:#00557f}
.verdict.none{color:#9a3b00}
table.results tr.failed td{color:#8a8f96}
table.results tr.baseline td{font-style:italic;background:#fafbfc}
ul.claims,ul.diagnosis,ul.data-notes{font-size:14px;padding-left:20px}
li.claim.held>strong{color:#007a5a}
li.claim.reversed>strong{color:#b34700}
li.claim.partly>strong{color:#8a6d00}
li.claim.unshown>strong{color:#555}
.severity{display:inline-block;padding:0 6px;border-radius:8px;background:#e3e6ea;font-size:12px}
.severity.critical{background:#d55e00;color:#fff}
.severity.warning{background:#f0c36d}
.note{padding:8px 12px;border-left:4px solid #e69f00;background:#fff8e6;font-size:14px}
.note.comparable{border-left-color:#009e73;background:#ebf7f2}
.caption{color:#555;font-size:14px;max-width:900px}
.charts{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start;margin:8px 0}
.charts svg{background:#fff;border:1px solid #e3e6ea;border-radius:6px;max-width:100%;height:auto}
.charts.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--card)),1fr));align-items:start}
.charts.grid svg{display:block;width:100%}
.charts.curves{--card:300px}
.charts.shapes,.charts.wide{--card:460px}
.charts.runs{--card:600px}
.run-row{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,260px),1fr));gap:10px;align-items:start}
@media (max-width:640px){body{padding:12px 8px 32px}section.comparison{padding:14px 10px}}
footer{color:#777;font-size:13px;text-align:center;margin-top:24px}
`;

/** The whole document around already-rendered body HTML. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A `<dl>` of label/value pairs (values already plain text). */
export function definitionList(className: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  const items = pairs.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`);
  return `<dl class="${className}">${items.join('')}</dl>`;
}
