/**
 * The review page's one script, inline and allowed by its hash in the page's Content-Security-Policy.
 * It renders the embedded JSON once, with text nodes only (caption text never becomes markup), and
 * handles every click and key with one delegated listener; a decision touches only its own element.
 */
export const REVIEW_SCRIPT = String.raw`(function () {
  'use strict';
  var CONTEXT = 60;
  var data = JSON.parse(document.getElementById('captidy-data').textContent);
  var filesEl = document.getElementById('files');
  var detailEl = document.getElementById('detail');
  var countsEl = document.getElementById('counts');
  var statusEl = document.getElementById('status');
  var ruleSelect = document.getElementById('rule-filter');
  var stateSelect = document.getElementById('state-filter');
  var aboveInput = document.getElementById('above');

  function bandOf(r) { return r.flag ? 'flag' : r.confidence >= 0.9 ? 'high' : r.confidence >= 0.6 ? 'medium' : 'low'; }
  function make(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function pct(x) { return x >= 1 ? '1.00' : x.toFixed(2).replace(/^0/, ''); }

  var items = [];
  var nCorrections = 0, nFlags = 0, nAccepted = 0, nRejected = 0;
  var rules = new Map();
  var current = -1;
  var undoStack = [];
  var filter = { bands: { high: true, medium: true, low: true, flag: true }, rule: '', state: '' };

  function overlapping(a, b) {
    if (a.start === a.end || b.start === b.end) return a.start === b.start || (a.start < b.end && b.start < a.end);
    return a.start < b.end && b.start < a.end;
  }

  function chip(item) {
    var r = item.r;
    var el = make('span', 'c band-' + item.band + (r.flag ? ' flag' : r.applied ? ' applied' : ' suggested'));
    el.setAttribute(r.flag ? 'data-flag' : 'data-correction', r.id);
    el.setAttribute('data-i', String(item.i));
    if (r.flag) {
      el.appendChild(make('mark', null, r.actual));
    } else {
      el.appendChild(make('del', null, r.actual));
      item.ins = make('ins', r.expected[0] === '' ? 'empty' : null, r.expected[0]);
      el.appendChild(item.ins);
      if (r.expected.length > 1) el.appendChild(make('span', 'more', '+' + (r.expected.length - 1)));
    }
    el.appendChild(make('span', 'conf', r.flag ? 'flag' : pct(r.confidence)));
    if (!r.flag) {
      var btns = make('span', 'btns');
      var a = make('button', null, '\u2713'); a.type = 'button'; a.setAttribute('data-action', 'accept'); a.title = 'Accept (a)';
      var x = make('button', null, '\u2717'); x.type = 'button'; x.setAttribute('data-action', 'reject'); x.title = 'Reject (r)';
      btns.appendChild(a); btns.appendChild(x);
      el.appendChild(btns);
    }
    el.title = r.source + '/' + r.ruleId + ' \u00b7 ' + (r.flag ? 'flag' : 'confidence ' + r.confidence.toFixed(2) + (r.applied ? '' : ', suggested')) + (r.cue ? ' \u00b7 ' + r.cue.start : '') + '\n' + r.reason;
    item.el = el;
    return el;
  }

  function renderFile(file, fi) {
    var section = make('section', 'file');
    section.appendChild(make('h2', 'file-path', file.path));
    var nc = 0, nf = 0;
    file.records.forEach(function (r) { if (r.flag) nf++; else nc++; });
    section.appendChild(make('p', 'file-meta', file.format + ' \u00b7 ' + nc + ' correction' + (nc === 1 ? '' : 's') + ' \u00b7 ' + nf + ' flag' + (nf === 1 ? '' : 's') + ' \u00b7 sha256 ' + file.contentHash.slice(0, 16)));
    var body = make('div', 'transcript');
    var frag = document.createDocumentFragment();
    var text = file.text, marks = file.cueMarks, recs = file.records;
    var pos = 0, mi = 0, ri = 0;
    // One block per line: a decision relays out its own line, not the whole transcript.
    var block = make('div', 'ln');
    frag.appendChild(block);
    function plain(from, to) {
      var re = /\n+/g, at = from, m;
      re.lastIndex = from;
      while ((m = re.exec(text)) && m.index < to) {
        if (m.index > at) block.appendChild(document.createTextNode(text.slice(at, m.index)));
        var stop = Math.min(to, m.index + m[0].length);
        block = make('div', stop - m.index > 1 ? 'ln gap' : 'ln');
        frag.appendChild(block);
        at = stop;
        if (stop === to) break;
        re.lastIndex = stop;
      }
      if (to > at) block.appendChild(document.createTextNode(text.slice(at, to)));
    }
    function emitText(to) {
      while (mi < marks.length && marks[mi].offset < to) {
        var at = Math.max(marks[mi].offset, pos);
        if (at > pos) { plain(pos, at); pos = at; }
        block.appendChild(make('span', 'cue-mark', marks[mi].start));
        mi++;
      }
      if (to > pos) { plain(pos, to); pos = to; }
    }
    while (ri < recs.length) {
      var first = recs[ri];
      var start = first.start, end = first.end, j = ri + 1;
      while (j < recs.length && (recs[j].start < end || recs[j].start === start)) { end = Math.max(end, recs[j].end); j++; }
      emitText(start);
      while (mi < marks.length && marks[mi].offset <= start) { block.appendChild(make('span', 'cue-mark', marks[mi].start)); mi++; }
      var cluster = [];
      for (var k = ri; k < j; k++) {
        var r = recs[k];
        var item = { i: items.length, r: r, fi: fi, band: bandOf(r), state: null, cluster: cluster, el: null, ins: null };
        items.push(item);
        cluster.push(item);
        if (r.flag) nFlags++; else nCorrections++;
        var rule = r.source + '/' + r.ruleId;
        rules.set(rule, (rules.get(rule) || 0) + 1);
        chip(item);
      }
      if (cluster.length === 1) block.appendChild(cluster[0].el);
      else {
        var box = make('span', 'cluster');
        box.title = 'Overlapping proposals: accept at most one';
        cluster.forEach(function (it, n) { if (n > 0) box.appendChild(document.createTextNode(' ')); box.appendChild(it.el); });
        block.appendChild(box);
      }
      pos = Math.max(pos, end);
      ri = j;
    }
    emitText(text.length);
    while (mi < marks.length) { block.appendChild(make('span', 'cue-mark', marks[mi].start)); mi++; }
    body.appendChild(frag);
    section.appendChild(body);
    return section;
  }

  var t0 = performance.now();
  var pageFrag = document.createDocumentFragment();
  data.files.forEach(function (file, fi) { pageFrag.appendChild(renderFile(file, fi)); });
  if (data.files.length === 0) pageFrag.appendChild(make('p', 'empty-note', 'No files.'));
  filesEl.appendChild(pageFrag);
  document.title = 'captidy review: ' + data.files.map(function (f) { return f.path; }).join(', ');
  Array.from(rules.keys()).sort().forEach(function (rule) {
    var o = make('option', null, rule + ' (' + rules.get(rule) + ')');
    o.value = rule;
    ruleSelect.appendChild(o);
  });

  function updateCounts() {
    var decided = nAccepted + nRejected;
    countsEl.textContent = '';
    function part(label, n, cls) { var b = make('b', cls, String(n)); countsEl.appendChild(b); countsEl.appendChild(document.createTextNode(' ' + label + '  ')); }
    part('reviewed', decided, 'n-rev');
    part('remaining', nCorrections - decided, 'n-rem');
    part('accepted', nAccepted, 'n-acc');
    part('rejected', nRejected, 'n-rej');
    part('flags', nFlags, 'n-flag');
    countsEl.setAttribute('data-reviewed', String(decided));
    countsEl.setAttribute('data-remaining', String(nCorrections - decided));
  }

  function visible(item) {
    if (!filter.bands[item.band]) return false;
    if (filter.rule && item.r.source + '/' + item.r.ruleId !== filter.rule) return false;
    if (filter.state) {
      if (item.r.flag) return false;
      var s = item.state ? (item.state.action === 'accept' ? 'accepted' : 'rejected') : 'undecided';
      if (s !== filter.state) return false;
    }
    return true;
  }
  function refresh(item) { item.el.classList.toggle('is-off', !visible(item)); }
  function refreshAll() { for (var i = 0; i < items.length; i++) refresh(items[i]); }

  function paint(item) {
    var s = item.state, cls = item.el.classList;
    cls.toggle('is-accepted', !!s && s.action === 'accept');
    cls.toggle('is-rejected', !!s && s.action === 'reject');
    if (item.ins) {
      var shown = s && s.action === 'accept' && s.choice !== undefined ? s.choice : item.r.expected[0];
      item.ins.textContent = shown;
      item.ins.classList.toggle('empty', shown === '');
    }
  }

  function setState(item, state) {
    var old = item.state;
    if (old) { if (old.action === 'accept') nAccepted--; else nRejected--; }
    if (state) { if (state.action === 'accept') nAccepted++; else nRejected++; }
    item.state = state;
    paint(item);
    refresh(item);
  }

  function commit(changes, label) {
    var real = changes.filter(function (c) { return c.item && !c.item.r.flag; });
    if (real.length === 0) return false;
    undoStack.push(real.map(function (c) { return { item: c.item, prev: c.item.state }; }));
    real.forEach(function (c) { setState(c.item, c.state); });
    updateCounts();
    save();
    if (label) say(label);
    if (current >= 0) showDetail(items[current]);
    return true;
  }

  function acceptChanges(item, choice) {
    var changes = [{ item: item, state: { action: 'accept', choice: choice === undefined ? item.r.expected[0] : choice } }];
    item.cluster.forEach(function (other) {
      if (other !== item && !other.r.flag && other.state && other.state.action === 'accept' && overlapping(other.r, item.r)) {
        changes.push({ item: other, state: { action: 'reject' } });
      }
    });
    return changes;
  }
  function flagNote(item) {
    if (item && item.r.flag) say('A flag has no replacement to accept or reject: check it by ear, then press j to move on');
  }
  function accept(item, choice) {
    if (!item || item.r.flag) { flagNote(item); return false; }
    return commit(acceptChanges(item, choice), 'Accepted ' + JSON.stringify(item.r.actual) + ' \u2192 ' + JSON.stringify(choice === undefined ? item.r.expected[0] : choice));
  }
  function reject(item) {
    if (!item || item.r.flag) { flagNote(item); return false; }
    return commit([{ item: item, state: { action: 'reject' } }], 'Rejected ' + JSON.stringify(item.r.actual) + ' \u2192 ' + JSON.stringify(item.r.expected[0]));
  }
  function undo() {
    var entry = undoStack.pop();
    if (!entry) { say('Nothing to undo'); return; }
    for (var i = entry.length - 1; i >= 0; i--) setState(entry[i].item, entry[i].prev);
    updateCounts();
    save();
    go(entry[0].item.i);
    say('Undone (' + entry.length + ' decision' + (entry.length === 1 ? '' : 's') + ')');
  }
  function acceptAbove() {
    var x = parseFloat(aboveInput.value);
    if (!(x >= 0 && x <= 1)) { say('Enter a confidence from 0 to 1'); return; }
    var chosen = items.filter(function (it) { return !it.r.flag && !it.state && it.r.confidence >= x && visible(it); })
      .sort(function (a, b) { return b.r.confidence - a.r.confidence || a.i - b.i; });
    var taken = [];
    var changes = [];
    chosen.forEach(function (it) {
      var clash = it.cluster.some(function (o) { return o !== it && overlapping(o.r, it.r) && ((o.state && o.state.action === 'accept') || taken.indexOf(o) >= 0); });
      if (clash) return;
      taken.push(it);
      changes.push({ item: it, state: { action: 'accept', choice: it.r.expected[0] } });
    });
    if (!commit(changes, 'Accepted ' + changes.length + ' correction' + (changes.length === 1 ? '' : 's') + ' at or above ' + x)) say('No undecided corrections shown at or above ' + x);
  }

  function go(i) {
    if (current >= 0 && items[current]) items[current].el.classList.remove('is-current');
    current = i;
    var item = items[i];
    if (!item) { showDetail(null); return; }
    item.el.classList.add('is-current');
    item.el.scrollIntoView({ block: 'center' });
    showDetail(item);
  }
  function step(dir, undecidedOnly) {
    for (var i = current + dir; i >= 0 && i < items.length; i += dir) {
      var it = items[i];
      if (!visible(it)) continue;
      if (undecidedOnly && (it.r.flag || it.state)) continue;
      go(i);
      return true;
    }
    return false;
  }
  function advance() { if (!step(1, true)) step(1, false); }

  function showDetail(item) {
    detailEl.textContent = '';
    if (!item) {
      detailEl.appendChild(make('h3', null, 'Correction'));
      detailEl.appendChild(make('p', 'empty-note', items.length ? 'Press j to go to the first correction, or click one.' : 'No corrections in these files.'));
      return;
    }
    var r = item.r;
    detailEl.appendChild(make('h3', null, (r.flag ? 'Flag ' : 'Correction ') + (item.i + 1) + ' of ' + items.length));
    var change = make('div', 'd-change');
    if (r.flag) change.appendChild(make('mark', null, r.actual));
    else {
      change.appendChild(make('del', null, r.actual === '' ? '(insert)' : r.actual));
      change.appendChild(document.createTextNode(' \u2192 '));
      var chosen = item.state && item.state.choice !== undefined ? item.state.choice : r.expected[0];
      change.appendChild(make('ins', null, chosen === '' ? '(delete)' : chosen));
    }
    detailEl.appendChild(change);
    var state = make('div', 'd-row');
    state.appendChild(make('span', 'd-state', r.flag ? 'Flag: no replacement, check by ear' : item.state ? (item.state.action === 'accept' ? 'Accepted' : 'Rejected') : 'Undecided'));
    if (!r.flag) state.appendChild(document.createTextNode(' \u00b7 ' + (r.applied ? 'applied by default' : 'suggestion (not applied by default)')));
    detailEl.appendChild(state);
    var conf = make('div', 'd-row');
    conf.appendChild(make('span', 'd-label', 'Confidence '));
    conf.appendChild(document.createTextNode(r.confidence.toFixed(2) + ' (' + item.band + ')'));
    var meter = make('div', 'meter');
    var fill = make('span', 'band-' + item.band);
    fill.style.width = Math.round(Math.max(0, Math.min(1, r.confidence)) * 100) + '%';
    meter.appendChild(fill);
    conf.appendChild(meter);
    detailEl.appendChild(conf);
    var rule = make('div', 'd-row');
    rule.appendChild(make('span', 'd-label', 'Rule '));
    rule.appendChild(make('code', 'd-rule', r.source + '/' + r.ruleId));
    detailEl.appendChild(rule);
    if (r.glossaryTerm) {
      var g = make('div', 'd-row');
      g.appendChild(make('span', 'd-label', 'Glossary term '));
      g.appendChild(document.createTextNode(r.glossaryTerm));
      detailEl.appendChild(g);
    }
    if (r.cue) {
      var cue = make('div', 'd-row');
      cue.appendChild(make('span', 'd-label', 'Cue '));
      cue.appendChild(document.createTextNode((r.cue.id ? r.cue.id + ' \u00b7 ' : '#' + (r.cue.index + 1) + ' \u00b7 ') + r.cue.start + ' \u2013 ' + r.cue.end));
      detailEl.appendChild(cue);
    }
    detailEl.appendChild(make('p', 'd-reason', r.reason));
    if (!r.flag) {
      var alts = make('div', 'd-row');
      alts.appendChild(make('div', 'd-label', r.expected.length > 1 ? 'Choose (1\u2013' + Math.min(9, r.expected.length) + ')' : 'Replacement'));
      var box = make('div', 'd-alts');
      r.expected.forEach(function (e, n) {
        var b = make('button', null, (n < 9 ? (n + 1) + '  ' : '') + (e === '' ? '(delete)' : e));
        b.type = 'button';
        b.setAttribute('data-action', 'choose');
        b.setAttribute('data-choice', String(n));
        if (item.state && item.state.action === 'accept' && item.state.choice === e) b.className = 'chosen';
        box.appendChild(b);
      });
      alts.appendChild(box);
      detailEl.appendChild(alts);
    }
    var keys = Object.keys(r.evidence || {});
    if (keys.length) {
      detailEl.appendChild(make('div', 'd-label', 'Evidence'));
      var table = make('table', 'd-evidence');
      keys.forEach(function (k) {
        var tr = make('tr');
        tr.appendChild(make('td', null, k));
        tr.appendChild(make('td', null, String(r.evidence[k])));
        table.appendChild(tr);
      });
      detailEl.appendChild(table);
    }
  }

  function say(text) { statusEl.textContent = text; }

  function decisionsJson() {
    var out = { version: 1, files: data.files.map(function (f) { return { path: f.path, contentHash: f.contentHash, decisions: [] }; }) };
    items.forEach(function (item) {
      if (!item.state || item.r.flag) return;
      var r = item.r, text = data.files[item.fi].text;
      var d = { id: r.id, action: item.state.action };
      if (item.state.action === 'accept') d.choice = item.state.choice === undefined ? r.expected[0] : item.state.choice;
      d.actual = r.actual;
      d.expected = r.expected;
      d.source = r.source;
      d.ruleId = r.ruleId;
      if (r.glossaryTerm !== undefined) d.glossaryTerm = r.glossaryTerm;
      d.before = text.slice(Math.max(0, r.start - CONTEXT), r.start);
      d.after = text.slice(r.end, r.end + CONTEXT);
      out.files[item.fi].decisions.push(d);
    });
    return out;
  }
  function exportDecisions() {
    var out = decisionsJson();
    var n = out.files.reduce(function (s, f) { return s + f.decisions.length; }, 0);
    var blob = new Blob([JSON.stringify(out, null, 2) + '\n'], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = 'captidy-decisions.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    say('Exported ' + n + ' decision' + (n === 1 ? '' : 's') + ' to captidy-decisions.json');
  }

  var storeKey = (function () {
    var s = data.files.map(function (f) { return f.contentHash; }).join(',') + '|' + items.map(function (it) { return it.r.id; }).join(',');
    var h = 2166136261;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return 'captidy-review:' + h.toString(16);
  })();
  function save() {
    try {
      var saved = {};
      items.forEach(function (it) { if (it.state) saved[it.i] = it.state; });
      window.localStorage.setItem(storeKey, JSON.stringify(saved));
    } catch (e) { /* storage unavailable (opaque origin or disabled): decisions live in the page only */ }
  }
  function restore() {
    // Decisions of an earlier review (captidy review --decisions) first, then those this browser saved.
    var carried = 0;
    items.forEach(function (it) {
      var d = data.files[it.fi].decided, s = d && Object.prototype.hasOwnProperty.call(d, it.r.id) ? d[it.r.id] : null;
      if (!s || it.r.flag) return;
      if (s.action === 'accept' && it.r.expected.indexOf(s.choice) >= 0) setState(it, { action: 'accept', choice: s.choice });
      else if (s.action === 'reject') setState(it, { action: 'reject' });
      else return;
      carried++;
    });
    if (carried) say('Carried over ' + carried + ' decision' + (carried === 1 ? '' : 's') + ' from the decisions file');
    var saved;
    try { saved = JSON.parse(window.localStorage.getItem(storeKey) || 'null'); } catch (e) { saved = null; }
    if (!saved || typeof saved !== 'object') return;
    var n = 0;
    Object.keys(saved).forEach(function (k) {
      var it = items[Number(k)], s = saved[k];
      if (!it || it.r.flag || !s || (s.action !== 'accept' && s.action !== 'reject')) return;
      if (s.action === 'accept' && it.r.expected.indexOf(s.choice) < 0) return;
      setState(it, s.action === 'accept' ? { action: 'accept', choice: s.choice } : { action: 'reject' });
      n++;
    });
    if (n) say('Restored ' + n + ' decision' + (n === 1 ? '' : 's') + ' saved in this browser (u does not undo them; reject or accept to change)');
  }

  filesEl.addEventListener('click', function (e) {
    var target = e.target;
    if (!(target instanceof Element)) return;
    var el = target.closest('[data-i]');
    if (!el) return;
    var item = items[Number(el.getAttribute('data-i'))];
    if (!item) return;
    if (current !== item.i) go(item.i);
    var action = target.closest('[data-action]');
    if (!action) return;
    var what = action.getAttribute('data-action');
    if (what === 'accept') accept(item);
    else if (what === 'reject') reject(item);
  });
  detailEl.addEventListener('click', function (e) {
    var target = e.target;
    if (!(target instanceof Element)) return;
    var b = target.closest('[data-action="choose"]');
    var item = items[current];
    if (!b || !item) return;
    var e2 = item.r.expected[Number(b.getAttribute('data-choice'))];
    if (e2 !== undefined) accept(item, e2);
  });
  document.querySelector('header.bar').addEventListener('click', function (e) {
    var target = e.target;
    if (!(target instanceof Element)) return;
    var b = target.closest('[data-action]');
    if (!b) return;
    var what = b.getAttribute('data-action');
    if (what === 'export') exportDecisions();
    else if (what === 'accept-above') acceptAbove();
  });
  document.querySelector('.filters').addEventListener('change', function (e) {
    var t = e.target;
    if (t instanceof HTMLInputElement && t.hasAttribute('data-band')) filter.bands[t.getAttribute('data-band')] = t.checked;
    filter.rule = ruleSelect.value;
    filter.state = stateSelect.value;
    refreshAll();
    // Give the keys back to the page (j/k would otherwise change the select).
    if (t instanceof HTMLElement) t.blur();
    var shown = items.filter(visible).length;
    say(shown + ' of ' + items.length + ' shown');
  });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement) return;
    var item = items[current];
    var k = e.key;
    if (k === 'j') step(1, false);
    else if (k === 'k') step(-1, false);
    else if (k === 'n') { if (!step(1, true)) say('No undecided correction below'); }
    else if (k === 'a') { if (accept(item)) advance(); }
    else if (k === 'r') { if (reject(item)) advance(); }
    else if (k === 'u') undo();
    else if (/^[1-9]$/.test(k) && item && !item.r.flag) { var c = item.r.expected[Number(k) - 1]; if (c === undefined) return; if (accept(item, c)) advance(); }
    else return;
    e.preventDefault();
  });

  var bar = document.querySelector('header.bar');
  function fitBar() { document.documentElement.style.setProperty('--bar', bar.offsetHeight + 'px'); }
  window.addEventListener('resize', fitBar);

  restore();
  updateCounts();
  fitBar();
  showDetail(null);
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now() - t0)));
})();
`
