// SPDX-License-Identifier: MIT
// Opens an HTML report in headless Chromium and checks it through the DevTools protocol, spoken
// over --remote-debugging-pipe (file descriptors 3 and 4; messages end with a NUL byte), so no
// npm package and no network port is needed. Checks: no console errors, exceptions or failed or
// external requests; the expected elements; sorting and filtering; colour contrast; the page
// without JavaScript. Saves a full-page screenshot and one of the first screen. Run by run.sh.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const key of ['chromium', 'profile', 'report', 'expected-replies', 'screenshot']) {
    if (!args[key]) throw new Error(`missing --${key}`);
  }
  return args;
}

// A minimal DevTools protocol client over the pipe of one browser process.
class Browser {
  constructor(executable, profile) {
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.buffer = '';
    this.stderr = '';
    this.process = spawn(executable, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', '--hide-scrollbars', '--force-color-profile=srgb',
      `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
    ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    this.process.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.process.stdio[4].on('data', (chunk) => this.receive(chunk));
    this.exited = new Promise((resolve) => this.process.on('exit', resolve));
    this.process.on('exit', (code) => {
      for (const { reject } of this.pending.values()) {
        reject(new Error(`chromium exited (${code}):\n${this.stderr}`));
      }
    });
  }

  receive(chunk) {
    this.buffer += chunk.toString('utf8');
    let end;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end));
      this.buffer = this.buffer.slice(end + 1);
      if (message.id && this.pending.has(message.id)) {
        const { resolve, reject, method } = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
        else resolve(message.result);
      } else if (message.method) {
        for (const listener of this.listeners) listener(message);
      }
    }
  }

  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    this.process.stdio[3].write(JSON.stringify(message) + '\0');
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
  }

  waitFor(method, sessionId) {
    return new Promise((resolve) => {
      const listener = (message) => {
        if (message.method === method && message.sessionId === sessionId) {
          this.listeners.splice(this.listeners.indexOf(listener), 1);
          resolve(message.params);
        }
      };
      this.listeners.push(listener);
    });
  }

  async close() {
    try {
      await Promise.race([this.send('Browser.close'), this.exited]);
    } catch (_) { /* already gone */ }
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 5000))]);
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
  }
}

// Runs in the page: everything a reader and the acceptance criteria need to find there.
function pageFacts() {
  const cards = Array.from(document.querySelectorAll('#cards > article.card'));
  const visible = () => cards.filter((card) => !card.hidden && card.offsetParent !== null);
  const controls = ['sort', 'verdict', 'rule', 'min-score', 'max-score'];
  const levels = Array.from(document.querySelectorAll('h1, h2, h3, h4')).map((h) => +h.tagName[1]);
  return {
    title: document.title,
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    headingJumps: levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1).length,
    summary: !!document.querySelector('#summary h2'),
    analytics: !!document.querySelector('#analytics h2'),
    histogramBars: document.querySelectorAll('#summary svg.histogram rect').length,
    histogramTitle: (document.querySelector('svg.histogram title') || {}).textContent || '',
    topRules: !!document.querySelector('#rules-title'),
    lowestRows: document.querySelectorAll('#lowest-title ~ table tbody tr').length,
    cards: cards.length,
    visibleCards: visible().length,
    cardsWithText: cards.filter((c) => c.querySelector('h3') && c.querySelector('.reply-text') &&
        c.querySelector('.reply-text').textContent.trim()).length,
    marks: document.querySelectorAll('mark.hl').length,
    marksWithTag: document.querySelectorAll('mark.hl .hl-tag').length,
    formVisible: !document.getElementById('controls').hidden &&
        document.getElementById('controls').offsetParent !== null,
    unlabelled: controls.filter((id) => !document.getElementById(id) ||
        !document.querySelector(`label[for="${id}"]`)),
    shown: document.getElementById('shown').hidden ? null
                                                   : document.getElementById('shown').textContent,
  };
}

// Runs in the page: drives the controls and reports what each setting shows.
function exercise() {
  const form = document.getElementById('controls');
  const cards = () => Array.from(document.querySelectorAll('#cards > article.card'));
  const visible = () => cards().filter((card) => !card.hidden);
  const set = (id, value) => {
    const field = document.getElementById(id);
    field.value = value;
    field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  };
  const scores = () => visible().map((card) => +card.dataset.score);
  const out = { all: cards().length };
  set('sort', 'score-asc');
  out.ascending = scores();
  set('sort', 'score-desc');
  out.descending = scores();
  set('sort', 'file');
  const verdict = cards()[0].dataset.verdict;
  set('verdict', verdict);
  out.verdict = verdict;
  out.verdictShown = visible().length;
  out.verdictExpected = cards().filter((c) => c.dataset.verdict === verdict).length;
  out.verdictOnly = visible().every((c) => c.dataset.verdict === verdict);
  set('verdict', '');
  const rule = document.querySelector('#rule option[value]:not([value=""])');
  out.rule = rule ? rule.value : null;
  if (rule) {
    set('rule', rule.value);
    out.ruleShown = visible().length;
    out.ruleOnly = visible().every((c) => c.dataset.rules.includes(` ${rule.value} `));
    set('rule', '');
  }
  set('min-score', '40');
  set('max-score', '69');
  out.rangeOnly = visible().every((c) => +c.dataset.score >= 40 && +c.dataset.score <= 69);
  out.rangeShown = visible().length;
  out.rangeExpected = cards().filter((c) => +c.dataset.score >= 40 && +c.dataset.score <= 69).length;
  const all = cards().map((c) => +c.dataset.score);
  let unused = 0;
  while (all.includes(unused)) unused += 1;
  set('min-score', String(unused));
  set('max-score', String(unused));
  out.noneShown = visible().length;
  out.noMatchVisible = !document.getElementById('no-match').hidden;
  set('min-score', '0');
  set('max-score', '100');
  form.reset();
  return out;
}

// Runs in the page: every element with its own text whose contrast is under WCAG AA (4.5:1, or
// 3:1 for large text), with colours blended over the backgrounds behind them.
function contrastFailures() {
  const parse = (text) => {
    const m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  };
  const blend = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3]));
  const background = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const color = parse(getComputedStyle(e).backgroundColor);
      if (color[3] > 0) layers.push(color);
      if (color[3] >= 1) break;
    }
    let rgb = [255, 255, 255];
    for (let i = layers.length - 1; i >= 0; --i) rgb = blend(layers[i], rgb);
    return rgb;
  };
  const luminance = (rgb) => {
    const c = rgb.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const failures = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || seen.has(element)) continue;
    seen.add(element);
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1 || element.closest('[hidden], .vh, script, style')) continue;
    const style = getComputedStyle(element);
    const back = background(element);
    const fore = blend(parse(style.color), back);
    const [l1, l2] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && +style.fontWeight >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      failures.push(`${element.tagName.toLowerCase()}.${element.className} "${node.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
  }
  return failures;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const expectedReplies = Number(args['expected-replies']);
  const url = 'file://' + path.resolve(args.report);
  const problems = [];
  const check = (ok, what) => { if (!ok) problems.push(what); };

  const browser = new Browser(args.chromium, args.profile);
  const timer = setTimeout(() => {
    console.error('timed out\n' + browser.stderr);
    browser.process.kill('SIGKILL');
    process.exit(1);
  }, 90000);
  try {
    const { targetInfos } = await browser.send('Target.getTargets');
    const page = targetInfos.find((t) => t.type === 'page');
    const { sessionId } = await browser.send('Target.attachToTarget',
                                             { targetId: page.targetId, flatten: true });
    const call = (method, params) => browser.send(method, params, sessionId);
    const evaluate = async (fn) => {
      const { result, exceptionDetails } =
          await call('Runtime.evaluate', { expression: `(${fn})()`, returnByValue: true });
      if (exceptionDetails) throw new Error(`${fn.name}: ${JSON.stringify(exceptionDetails)}`);
      return result.value;
    };
    const logged = [];
    browser.listeners.push((message) => {
      if (message.sessionId !== sessionId) return;
      const p = message.params;
      if (message.method === 'Runtime.consoleAPICalled' && ['error', 'assert', 'warning'].includes(p.type)) {
        logged.push(`console.${p.type}: ${p.args.map((a) => a.value || a.description).join(' ')}`);
      } else if (message.method === 'Runtime.exceptionThrown') {
        logged.push(`exception: ${p.exceptionDetails.text} ${(p.exceptionDetails.exception || {}).description || ''}`);
      } else if (message.method === 'Log.entryAdded' && ['error', 'warning'].includes(p.entry.level)) {
        logged.push(`log ${p.entry.level}: ${p.entry.text} ${p.entry.url || ''}`);
      } else if (message.method === 'Network.requestWillBeSent' && p.request.url !== url &&
                 !p.request.url.startsWith('data:')) {
        logged.push(`request to ${p.request.url}: the report must be self-contained`);
      } else if (message.method === 'Network.loadingFailed') {
        logged.push(`failed to load: ${p.errorText}`);
      }
    });
    for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await call(`${domain}.enable`);
    await call('Emulation.setDeviceMetricsOverride',
               { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });

    const load = async () => {
      const loaded = browser.waitFor('Page.loadEventFired', sessionId);
      const { errorText } = await call('Page.navigate', { url });
      if (errorText) throw new Error(`navigation failed: ${errorText}`);
      await loaded;
    };
    await load();
    const facts = await evaluate(pageFacts);
    console.log('page:', JSON.stringify(facts));
    check(facts.lang === 'en', 'html lang="en"');
    check(/replies/.test(facts.title), 'a descriptive <title>');
    check(facts.h1 === 1, 'exactly one h1');
    check(facts.headingJumps === 0, 'heading levels never skip one');
    check(facts.summary, 'the summary section');
    check(facts.analytics, 'the analytics section');
    check(facts.histogramBars === 10, 'a 10-bar histogram svg in the summary');
    check(facts.histogramTitle === 'Score distribution', 'the histogram has a <title>');
    check(facts.topRules, 'the most frequent rules');
    check(facts.lowestRows === Math.min(10, expectedReplies), 'the lowest-scoring replies');
    check(facts.cards === expectedReplies, `one card per reply (${facts.cards} != ${expectedReplies})`);
    check(facts.cardsWithText === expectedReplies, 'every card has a heading and its text');
    check(facts.visibleCards === expectedReplies, 'every card is shown');
    check(facts.marks > 0 && facts.marks === facts.marksWithTag, 'highlights, each with a text tag');
    check(facts.formVisible, 'the sort and filter controls are shown once the script runs');
    check(facts.unlabelled.length === 0, `labels for every control (${facts.unlabelled})`);
    check(facts.shown === `Showing ${expectedReplies} of ${expectedReplies} replies`,
          `the status line (${facts.shown})`);

    const used = await evaluate(exercise);
    console.log('controls:', JSON.stringify(used));
    const sorted = (list, order) => list.every((v, i) => i === 0 || order(list[i - 1], v));
    check(used.ascending.length === expectedReplies && sorted(used.ascending, (a, b) => a <= b),
          'sorting by score, lowest first');
    check(sorted(used.descending, (a, b) => a >= b), 'sorting by score, highest first');
    check(used.verdictOnly && used.verdictShown === used.verdictExpected, 'filtering by verdict');
    check(used.rule !== null && used.ruleOnly && used.ruleShown > 0, 'filtering by rule');
    check(used.rangeOnly && used.rangeShown === used.rangeExpected, 'filtering by score range');
    check(used.noneShown === 0 && used.noMatchVisible, 'an empty filter result says so');

    const contrast = await evaluate(contrastFailures);
    check(contrast.length === 0, `WCAG AA contrast: ${contrast.join('; ')}`);

    const { contentSize } = await call('Page.getLayoutMetrics');
    const shot = await call('Page.captureScreenshot', {
      format: 'png', captureBeyondViewport: true,
      clip: { x: 0, y: 0, width: 1280, height: Math.ceil(contentSize.height), scale: 1 },
    });
    fs.writeFileSync(args.screenshot, Buffer.from(shot.data, 'base64'));
    // And what a reader sees first, small enough to glance at.
    const top = await call('Page.captureScreenshot', { format: 'png' });
    const topPath = args.screenshot.replace(/\.png$/, '') + '-top.png';
    fs.writeFileSync(topPath, Buffer.from(top.data, 'base64'));
    console.log(`screenshots: ${args.screenshot} ${topPath}`);

    // Readable without JavaScript: every card shown, no dead controls.
    await call('Emulation.setScriptExecutionDisabled', { value: true });
    await load();
    const plain = await evaluate(pageFacts);
    check(plain.visibleCards === expectedReplies, 'without JavaScript every card is shown');
    check(!plain.formVisible && plain.shown === null, 'without JavaScript the controls stay hidden');
    check(plain.histogramBars === 10 && plain.summary, 'without JavaScript the summary is there');

    await new Promise((r) => setTimeout(r, 200));  // late console messages
    for (const line of logged) problems.push(line);
  } finally {
    clearTimeout(timer);
    await browser.close();
  }
  if (problems.length) {
    console.error('FAILED:\n  ' + problems.join('\n  '));
    process.exit(1);
  }
  console.log('ok: the report loads cleanly and has everything expected');
}

main().catch((error) => {
  console.error(error.stack || String(error));
  process.exit(1);
});
