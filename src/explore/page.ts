/**
 * The explorer page: one self-contained HTML document (inline CSS, the bundled script as an
 * inline module, the Node-made data as a JSON block). Nothing is fetched: it works from a
 * file:// URL with the network off.
 */
import { escapeXml } from '../report/index.js';
import type { ExplorerData } from './types.js';

const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const STYLE = `
*{box-sizing:border-box}
body{margin:0;padding:20px 28px 40px;font-family:${FONT_STACK};font-size:15px;line-height:1.45;color:#222;background:#f6f7f9}
main{max-width:1180px;margin:0 auto}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:21px;margin:0 0 8px}
h3{font-size:16px;margin:4px 0 6px}
p{margin:6px 0}
.lede{color:#555}
nav ul{display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;margin:10px 0 18px;list-style:none}
a{color:#0062a0}
section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:18px 22px;margin:0 0 24px}
.controls{display:flex;flex-wrap:wrap;gap:10px 22px;align-items:flex-start;margin:10px 0}
.control{display:flex;flex-direction:column;min-width:200px;max-width:320px}
.control label{font-weight:600;font-size:14px}
.control.check{flex-direction:row;flex-wrap:wrap;align-items:center;gap:4px 8px;min-width:0}
.control small,.small{color:#555;font-size:13px}
.control output{font-variant-numeric:tabular-nums;font-size:14px}
input[type=range]{width:100%;min-height:28px}
select,button{font:inherit;padding:4px 8px;min-height:32px}
fieldset.patterns{border:1px solid #dde1e6;border-radius:6px;padding:6px 12px}
:focus-visible{outline:3px solid #e69f00;outline-offset:2px}
.about{max-width:900px}
code.formula{display:inline-block;white-space:pre-wrap;background:#f0f2f5;padding:4px 8px;border-radius:4px;font-size:14px}
.charts{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start;margin:10px 0}
.charts svg,.plane-wrap svg{background:#fff;border:1px solid #e3e6ea;border-radius:6px;max-width:100%;height:auto;display:block}
.plane-wrap{max-width:720px}
.caption{color:#555;font-size:14px;max-width:900px}
.legend{font-size:14px}
.swatch{display:inline-block;width:18px;height:4px;vertical-align:middle;margin-left:8px}
.swatch.dot{width:12px;height:12px;border-radius:6px}
circle.outlier{cursor:grab;touch-action:none}
circle.outlier.dragging{cursor:grabbing}
.table-wrap{overflow-x:auto}
table.results{border-collapse:collapse;font-size:14px;margin:8px 0;font-variant-numeric:tabular-nums}
table.results th,table.results td{padding:5px 8px;border-bottom:1px solid #e3e6ea;text-align:right}
table.results th{background:#f0f2f5}
table.results td:first-child,table.results th:first-child{text-align:left}
footer{color:#777;font-size:13px;text-align:center}
@media (max-width:600px){
  body{padding:12px 10px 28px;font-size:16px}
  section{padding:12px}
  .control{min-width:0;width:100%;max-width:none}
  h1{font-size:22px}
}
`;

/** JSON that can sit inside a `<script>` element (no `</script>`, no HTML comment openers). */
function scriptSafe(text: string): string {
  return text.replace(/</g, '\\u003c');
}

/** The module script, with any `</script` inside it escaped (valid inside JS strings and regexes). */
function inlineModule(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1');
}

export function renderExplorerPage(data: ExplorerData, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>losskit explorer</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>losskit explorer</h1>
<p class="lede">Loss functions you can move. Every curve and every fitted line on this page is computed here, live, by losskit's own kernels (bundled into this file): nothing is fetched, and it works offline.</p>
<nav aria-label="Sections"><ul>
<li><a href="#loss-explorer">Any loss: value and gradient</a></li>
<li><a href="#outlier-lesson">The outlier: MSE, MAE and Huber</a></li>
<li><a href="#cross-entropy">Cross-entropy and the true class</a></li>
<li><a href="#train-validation">Training and validation curves</a></li>
</ul></nav>
</header>
<noscript><p>This page needs JavaScript: its charts are computed in the browser.</p></noscript>
<section id="loss-explorer" aria-labelledby="loss-explorer-title">
<h2 id="loss-explorer-title">Any loss: value and gradient</h2>
<p class="caption">Pick any of losskit's losses; the sliders are its options, read from its metadata. The value shows what the loss charges, the gradient how hard training is pushed.</p>
</section>
<section id="outlier-lesson" aria-labelledby="outlier-title">
<h2 id="outlier-title">The outlier: MSE, MAE and Huber</h2>
<p class="caption">Drag the orange point (or focus it and use the arrow keys, Shift for bigger steps). Three lines are fitted to all the points as you move it, each minimising its own loss. Squared error grows with the square of the distance, so one far point pulls the MSE line hard; MAE counts distance linearly and barely moves; Huber is quadratic near the line and linear beyond delta.</p>
</section>
<section id="cross-entropy" aria-labelledby="cross-entropy-title">
<h2 id="cross-entropy-title">Cross-entropy and the probability of the true class</h2>
<p class="caption">Cross-entropy is −log p, where p is the probability the model gives the right answer: nearly free when p is near 1, steep as p goes to 0, so a confident mistake costs far more than an unsure one. The marked points are the article's worked examples (cats and dogs, the digit 3), computed live. Focal loss multiplies by (1 − p)^gamma, so easy examples (p near 1) count even less.</p>
</section>
<section id="train-validation" aria-labelledby="train-validation-title">
<h2 id="train-validation-title">Training and validation curves</h2>
<p class="caption">"If training loss keeps falling while validation loss starts to rise, the model is overfitting; if both stall, the learning rate may be wrong or the model too small." Each pattern below is a real run of losskit's trainer on the Boston housing data, made when this page was written; losskit's diagnose read each run.</p>
</section>
<footer>losskit ${escapeXml(data.version)} · made by <code>losskit explore</code></footer>
</main>
<script type="application/json" id="explorer-data">${scriptSafe(JSON.stringify(data))}</script>
<script type="module">${inlineModule(script)}</script>
</body>
</html>
`;
}
