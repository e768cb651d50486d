// SPDX-License-Identifier: MIT
// The static parts of the HTML report (docs/html-report.md): its style sheet and its script, kept
// apart from the C++ that renders the content. Both are inlined into every report, which must
// work offline as a single file: no fonts, images or scripts from anywhere else.
#pragma once

#include <string_view>

namespace replylint {

/// Everything the page is allowed to load: nothing but its own inline style and script.
inline constexpr std::string_view kHtmlReportCsp =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/// The style sheet. Text colours meet WCAG AA (4.5:1) on their backgrounds, and every colour
/// that carries meaning (verdict, category) comes with the same meaning in words.
inline constexpr std::string_view kHtmlReportStyle = R"css(
:root {
  --fg: #1b1f24; --muted: #545d68; --bg: #f4f5f7; --card: #fff; --line: #d3d9e0;
  --accent: #0a58a8; --radius: 10px;
  --empathetic: #1a7f37; --neutral: #6a737d; --sympathetic: #a06a00; --dismissive: #c62828;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible,
summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
code { font: 0.85em/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  background: #eef1f4; padding: 0.05em 0.35em; border-radius: 4px; overflow-wrap: anywhere; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.35rem; margin: 0 0 0.9rem; }
h3 { font-size: 1.05rem; margin: 0 0 0.6rem; }
h4 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted);
  margin: 0.9rem 0 0.35rem; }
.vh { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: 0.5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }

.page-head { background: #16212e; color: #fff; padding: 1.6rem 0 1.4rem; }
.page-head h1 { font-size: 1.7rem; }
.page-head p { margin: 0.35rem 0 0; color: #d0d8e2; }
.wrap { max-width: 1080px; margin: 0 auto; padding: 0 1.25rem; }
main.wrap { padding-top: 1.5rem; padding-bottom: 3rem; }
section.panel { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius);
  padding: 1.25rem 1.4rem; margin-bottom: 1.5rem; }
.panel > section + section { margin-top: 1.6rem; }
.note { color: var(--muted); font-size: 0.9rem; margin: -0.3rem 0 0.7rem; }
.none { color: var(--muted); margin: 0.2rem 0; }

.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 0.75rem;
  margin: 0 0 1.25rem; }
.stats div { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.9rem; }
.stats dt { color: var(--muted); font-size: 0.85rem; }
.stats dd { margin: 0; font-size: 1.7rem; font-weight: 650; }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.6fr); gap: 1.5rem;
  margin-bottom: 1.25rem; }
@media (max-width: 760px) { .grid2 { grid-template-columns: 1fr; } }
.verdicts { list-style: none; padding: 0; margin: 0; }
.verdicts li { display: grid; grid-template-columns: 8.5rem 2.5rem 1fr; align-items: center;
  gap: 0.5rem; margin: 0.45rem 0; }
.verdicts .count { font-weight: 650; text-align: right; font-variant-numeric: tabular-nums; }
.bar { height: 0.7rem; border-radius: 4px; min-width: 2px; }
.bar.verdict-empathetic { background: var(--empathetic); }
.bar.verdict-neutral { background: var(--neutral); }
.bar.verdict-sympathetic { background: var(--sympathetic); }
.bar.verdict-dismissive { background: var(--dismissive); }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: 0.85rem; }
.histogram { width: 100%; height: auto; display: block; }
.histogram .axis { stroke: #8c959f; stroke-width: 1; }
.histogram text { font-size: 12px; fill: var(--fg); }
.histogram text.label { fill: var(--muted); }
.histogram .band-low { fill: var(--dismissive); }
.histogram .band-mid { fill: var(--sympathetic); }
.histogram .band-high { fill: var(--empathetic); }

table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }
thead th { color: var(--muted); font-weight: 600; font-size: 0.82rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.refs { margin: 0; padding: 0; list-style: none; }
.refs li { margin: 0.1rem 0; }
.where { color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
p.where { margin: 0.15rem 0 0; }
td.phrase { font-style: italic; width: 32%; }
.groups { margin: 0; padding-left: 1.2rem; }
.groups li { margin: 0.5rem 0; }
.groups .refs { margin-top: 0.2rem; }

.badge { display: inline-block; padding: 0.1em 0.6em; border-radius: 999px; font-size: 0.82rem;
  font-weight: 600; border: 1px solid transparent; white-space: nowrap; }
.badge.verdict-empathetic { background: #dcf5e3; color: #0f5323; border-color: #9ad7ac; }
.badge.verdict-neutral { background: #eceff2; color: #343a40; border-color: #c3c9cf; }
.badge.verdict-sympathetic { background: #fff1c2; color: #5e4200; border-color: #e6c55a; }
.badge.verdict-dismissive { background: #ffe1df; color: #8f1717; border-color: #f1a19b; }

.cat-sympathy { --tint: #fff0b0; --edge: #a06a00; }
.cat-non-apology { --tint: #ffe0c2; --edge: #b35400; }
.cat-hollow, .cat-platitude { --tint: #efdfff; --edge: #7a3fb8; }
.cat-dismissive, .cat-minimizing, .cat-passive-aggressive, .cat-dead-end
  { --tint: #ffdad7; --edge: #c62828; }
.cat-blame { --tint: #ffd6ea; --edge: #b0206a; }
.cat-policy, .cat-deflection { --tint: #d9e7ff; --edge: #2f5fb3; }
.cat-empathy { --tint: #d3f5dc; --edge: #1a7f37; }
.tag { display: inline-block; background: var(--tint, #eceff2); border: 1px solid var(--edge, #6a737d);
  color: var(--fg); border-radius: 4px; padding: 0 0.4em; font-size: 0.8rem; font-weight: 600; }

.controls { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 0.75rem 1rem;
  align-items: flex-end; background: var(--card); border: 1px solid var(--line);
  border-radius: var(--radius); padding: 0.8rem 1rem; margin-bottom: 0.6rem;
  box-shadow: 0 2px 6px rgba(20, 30, 40, 0.06); }
.controls div { display: flex; flex-direction: column; gap: 0.2rem; }
.controls label { font-size: 0.8rem; font-weight: 600; color: var(--muted); }
.controls select, .controls input, .controls button { font: inherit; color: var(--fg);
  border: 1px solid #8c959f; border-radius: 6px; padding: 0.3rem 0.5rem; background: #fff; }
.controls select, .controls input, .controls button { height: 2.2rem; }
.controls input { width: 5.5rem; }
#rule { width: 19rem; max-width: 100%; }
.controls button { cursor: pointer; background: #eef1f4; }
#shown { color: var(--muted); margin: 0 0 0.8rem; }

.card { background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--neutral);
  border-radius: var(--radius); padding: 1rem 1.25rem; margin-bottom: 1rem; }
.card.verdict-empathetic { border-left-color: var(--empathetic); }
.card.verdict-sympathetic { border-left-color: var(--sympathetic); }
.card.verdict-dismissive { border-left-color: var(--dismissive); }
.card:target { box-shadow: 0 0 0 3px var(--accent); }
.card-head { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem;
  flex-wrap: wrap; }
.card-head h3 { font-size: 1rem; margin: 0; overflow-wrap: anywhere; }
.card-head h3 a { color: var(--fg); text-decoration: none; }
.card-head h3 a:hover { text-decoration: underline; }
.score { margin: 0; display: flex; align-items: baseline; gap: 0.6rem; }
.score-value strong { font-size: 1.6rem; }
.out-of { color: var(--muted); }
.reply-text { white-space: pre-wrap; overflow-wrap: anywhere; background: #f8f9fb;
  border: 1px solid #e3e7ec; border-radius: 8px; padding: 0.8rem 1rem; margin: 0.75rem 0 0.25rem;
  font-size: 1rem; line-height: 1.85; }
mark.hl { background: var(--tint, #eceff2); color: var(--fg); border-radius: 3px;
  padding: 0.1em 0.15em; border-bottom: 2px dashed var(--edge, #6a737d); }
mark.hl-evidence { border-bottom-style: solid; }
.hl-tag { font-size: 0.68rem; font-weight: 700; letter-spacing: 0.02em; color: var(--fg);
  background: #fff; border: 1px solid var(--edge, #6a737d); border-radius: 3px; padding: 0 0.3em;
  margin-left: 0.3em; vertical-align: 0.12em; white-space: nowrap; }
.card-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 1.5rem; }
@media (max-width: 760px) { .card-body { grid-template-columns: 1fr; } }
.findings, .suggestions { margin: 0; padding-left: 1.1rem; }
.findings li, .suggestions li { margin: 0.3rem 0; }
.sev { font-size: 0.78rem; font-weight: 700; text-transform: uppercase; }
.sev-error { color: #a40e26; }
.sev-warning { color: #7a4d00; }
.sev-info { color: #0a58a8; }
.pos, .for { color: var(--muted); font-size: 0.85rem; white-space: nowrap; }
.breakdown { margin-top: 0.8rem; }
.breakdown summary { cursor: pointer; color: var(--accent); font-weight: 600; }
.breakdown table { margin: 0.5rem 0; }
.dims-title { margin: 0.4rem 0 0.2rem; font-size: 0.9rem; color: var(--muted); }
.dims { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
.dims li { border-radius: 999px; padding: 0.05rem 0.6rem; font-size: 0.85rem; border: 1px solid; }
.dims li.dim-on { background: #dcf5e3; color: #0f5323; border-color: #9ad7ac; }
.dims li.dim-off { background: #f4f5f7; color: var(--muted); border-color: var(--line); }
footer { color: var(--muted); font-size: 0.85rem; text-align: center; padding: 0 1rem 2rem; }
@media (max-width: 760px) {
  section.panel, .card { padding: 0.9rem; }
  table { display: block; overflow-x: auto; }
}
@media print {
  .controls, #shown, .skip { display: none !important; }
  body { background: #fff; }
  .card { break-inside: avoid; }
}
)css";

/// The script: it only sorts and filters the server-rendered cards (the page reads the same
/// without it), so the controls stay hidden until it runs.
inline constexpr std::string_view kHtmlReportScript = R"js(
(function () {
  'use strict';
  var form = document.getElementById('controls');
  var list = document.getElementById('cards');
  if (!form || !list) return;
  var cards = Array.prototype.slice.call(list.querySelectorAll('article.card'));
  var shown = document.getElementById('shown');
  var empty = document.getElementById('no-match');
  var field = function (name) { return form.elements.namedItem(name); };
  var number = function (card, key) { return Number(card.getAttribute('data-' + key)); };

  function bound(name, fallback) {
    var value = parseInt(field(name).value, 10);
    return isNaN(value) ? fallback : Math.min(100, Math.max(0, value));
  }

  function apply() {
    var sort = field('sort').value;
    var verdict = field('verdict').value;
    var rule = field('rule').value;
    var low = bound('min-score', 0);
    var high = bound('max-score', 100);
    if (low > high) { var swap = low; low = high; high = swap; }
    var ordered = cards.slice().sort(function (a, b) {
      var d = 0;
      if (sort === 'score-asc') d = number(a, 'score') - number(b, 'score');
      if (sort === 'score-desc') d = number(b, 'score') - number(a, 'score');
      return d || number(a, 'order') - number(b, 'order');
    });
    var count = 0;
    ordered.forEach(function (card) {
      var score = number(card, 'score');
      var visible = (!verdict || card.getAttribute('data-verdict') === verdict) &&
          (!rule || card.getAttribute('data-rules').indexOf(' ' + rule + ' ') >= 0) &&
          score >= low && score <= high;
      card.hidden = !visible;
      if (visible) count += 1;
      list.appendChild(card);
    });
    shown.textContent = 'Showing ' + count + ' of ' + cards.length +
        (cards.length === 1 ? ' reply' : ' replies');
    empty.hidden = count !== 0;
  }

  // A link to a card that the filters hide clears the filters first.
  function reveal() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.hidden && cards.indexOf(target) >= 0) {
      form.reset();
      apply();
      target.scrollIntoView();
    }
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-filter-rule]');
    if (!link) return;
    field('rule').value = link.getAttribute('data-filter-rule');
    apply();
  });
  window.addEventListener('hashchange', reveal);
  form.hidden = false;
  shown.hidden = false;
  apply();
  reveal();
})();
)js";

}  // namespace replylint
