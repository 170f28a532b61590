"use strict";
/* The trace viewer of the HTML report and of the playground (defercheck serve): the source with the current
   line, the step list, and one column per machine whose state is drawn: frames as a stack of boxes with their
   variables, each frame's pending deferred calls as cards in the order they will run, the panics beside them,
   the runtime's g._defer chain as linked records and deferBits as bits. What changed since the previous step
   is highlighted. Columns stay aligned on the events every machine must agree on. No network, no library. */
const DeferViewer = (() => {
  let data, focus, cur, useHash = true, keysBound = false;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* How many agreed events machine m has emitted up to and including step s. */
  function observablesUpTo(m, s) {
    let k = 0;
    for (let i = 0; i <= s && i < m.steps.length; i++) if (m.steps[i].obs) k++;
    return k;
  }
  /* The step of m that emitted its k-th agreed event (the same event the focused machine just emitted). */
  function alignedStep(m, k) {
    if (k === 0) return 0;
    let seen = 0;
    for (let i = 0; i < m.steps.length; i++) {
      if (m.steps[i].obs && ++seen === k) return i;
    }
    return m.steps.length - 1;
  }

  /* options.hash false: leave the URL fragment alone (the playground keeps the program there). */
  function mount(root, d, options) {
    data = d;
    useHash = !(options && options.hash === false);
    focus = d.focus || 0;
    cur = 0;
    root.textContent = "";
    const top = el("div", "dv-top");
    top.appendChild(el("span", "dv-position")).id = "position";
    root.appendChild(top);
    const main = el("div", "dv-main");
    const left = el("section");
    const src = el("div", "src");
    src.id = "source";
    left.appendChild(src);
    const steps = el("ol", "steps");
    steps.id = "steps";
    left.appendChild(steps);
    const right = el("section");
    const chooser = el("div", "chooser", "Machines shown: ");
    chooser.id = "chooser";
    right.appendChild(chooser);
    const cols = el("div", "columns");
    cols.id = "columns";
    right.appendChild(cols);
    main.appendChild(left);
    main.appendChild(right);
    root.appendChild(main);
    if (d.glossary && d.glossary.length) root.appendChild(glossary(d.glossary));
    d.source.forEach((line, i) => {
      const row = el("div");
      row.id = "L" + (i + 1);
      row.dataset.line = String(i + 1);
      row.appendChild(el("span", "n", String(i + 1)));
      row.appendChild(document.createTextNode(line));
      src.appendChild(row);
    });
    d.machines.forEach((m, mi) => {
      chooser.appendChild(showToggle(m, mi));
      const c = el("div", "column");
      c.id = "machine-" + mi;
      const h = el("h2", "", m.name + (m.reference ? " (reference)" : ""));
      h.title = "follow this machine in the step list";
      h.addEventListener("click", () => {
        const k = observablesUpTo(data.machines[focus], cur);
        focus = mi;
        cur = alignedStep(m, k);
        buildSteps();
        render();
      });
      c.appendChild(h);
      c.appendChild(el("div", "event"));
      const p = el("div", "panel");
      p.id = "panel-" + mi;
      c.appendChild(p);
      cols.appendChild(c);
    });
    buildSteps();
    if (useHash) fromHash();
    render();
    if (!keysBound) {
      keysBound = true;
      document.addEventListener("keydown", onKey);
      window.addEventListener("hashchange", () => { if (useHash && fromHash()) render(); });
    }
  }

  function glossary(notes) {
    const g = el("details", "glossary");
    g.appendChild(el("summary", "", "Names a Go program never spells"));
    const dl = el("dl");
    notes.forEach(n => { dl.appendChild(el("dt", "", n.name)); dl.appendChild(el("dd", "", n.text)); });
    g.appendChild(dl);
    return g;
  }

  function showToggle(m, mi) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "show-" + mi;
    box.addEventListener("change", () => {
      document.getElementById("machine-" + mi).classList.toggle("hidden", !box.checked);
      box.blur();
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + m.name));
    return label;
  }

  function buildSteps() {
    const list = document.getElementById("steps");
    list.textContent = "";
    data.machines[focus].steps.forEach((s, i) => {
      const li = el("li", (s.obs ? "obs" : "") + (s.divergent ? " divergent" : ""));
      const a = el(useHash ? "a" : "span", "n", String(i));
      if (useHash) a.href = "#step=" + i + (focus === (data.focus || 0) ? "" : "&machine=" + focus);
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "at", s.line + ":" + s.col));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "ev", s.event));
      li.addEventListener("click", e => { e.preventDefault(); cur = i; render(); });
      list.appendChild(li);
    });
  }

  /* #step=N[&machine=I] selects a step; true when it changed what is shown. */
  function fromHash() {
    const m = /^#step=(\d+)(?:&machine=(\d+))?$/.exec(window.location.hash);
    if (!m) return false;
    const mi = m[2] === undefined ? (data.focus || 0) : Number(m[2]);
    if (mi >= data.machines.length) return false;
    if (mi !== focus) { focus = mi; buildSteps(); }
    cur = Math.min(Number(m[1]), data.machines[focus].steps.length - 1);
    return true;
  }

  function render() {
    const fm = data.machines[focus];
    const step = fm.steps[cur];
    document.querySelectorAll(".src .current").forEach(e => e.classList.remove("current"));
    const line = step && document.getElementById("L" + step.line);
    if (line) { line.classList.add("current"); line.scrollIntoView({block: "nearest"}); }
    document.querySelectorAll("#steps li").forEach((li, i) => li.classList.toggle("active", i === cur));
    const active = document.querySelector("#steps li.active");
    if (active) active.scrollIntoView({block: "nearest"});
    const k = observablesUpTo(fm, cur);
    data.machines.forEach((m, mi) => {
      const c = document.getElementById("machine-" + mi);
      c.classList.toggle("focused", mi === focus);
      const si = mi === focus ? cur : alignedStep(m, k);
      const s = m.steps[si];
      const ev = c.querySelector(".event");
      ev.textContent = s ? "step " + si + " at " + s.line + ":" + s.col + ": " + s.event : "(no steps)";
      ev.className = "event" + (s && s.obs ? " obs" : "") + (s && s.divergent ? " divergent" : "");
      const panel = c.querySelector(".panel");
      panel.textContent = "";
      if (s) panel.appendChild(draw(s, si > 0 ? m.steps[si - 1] : null));
    });
    document.body.dataset.machine = fm.name;
    document.body.dataset.step = String(cur);
    const hash = "#step=" + cur + (focus === (data.focus || 0) ? "" : "&machine=" + focus);
    if (useHash && window.location.hash !== hash) history.replaceState(null, "", hash);
    const pos = document.getElementById("position");
    pos.textContent = fm.name + ": step " + cur + " of " + (fm.steps.length - 1) + "; " + k
      + " of its agreed events so far";
    pos.title = "agreed events: the deferred calls started, results returned, recover() values, output and the"
      + " ending, which every machine must produce alike; the other steps are how one machine gets there";
  }

  /* The state of step s drawn; prev (the machine's previous step) tells what changed. */
  function draw(s, prev) {
    const box = el("div", "state");
    if (s.panel) {
      const pre = el("pre", "vars", s.panel.join("\n"));
      box.appendChild(pre);
      return box;
    }
    const st = s.state, was = prev && prev.state;
    if (st.chain) box.appendChild(chain(st.chain, was && was.chain));
    const row = el("div", "row");
    row.appendChild(frames(st.frames, was ? was.frames : []));
    row.appendChild(panics(st.panics, was ? was.panics : []));
    box.appendChild(row);
    if (st.pool) box.appendChild(el("div", "pool", "defer pool: " + st.pool));
    box.appendChild(output("stdout", st.stdout, was && was.stdout));
    box.appendChild(output("stderr", st.stderr, was && was.stderr));
    // The first step has nothing to differ from.
    if (!prev) box.querySelectorAll(".changed").forEach(e => e.classList.remove("changed"));
    return box;
  }

  function frames(fs, was) {
    const stack = el("div", "frames");
    stack.appendChild(el("div", "label", "goroutine 1: frames, innermost on top"));
    fs.forEach((f, i) => {
      // Frames are innermost first; the same frame of the previous step sits at the same depth from the bottom.
      const old = was[was.length - fs.length + i];
      const same = old && old.function === f.function ? old : null;
      const b = el("div", "frame" + (same ? "" : " changed"));
      const head = el("div", "head");
      head.appendChild(el("span", "fn", f.function));
      const mode = modeText(f.detail);
      if (mode) head.appendChild(el("span", "mode", mode));
      b.appendChild(head);
      const bits = /deferBits=0b([01]+)/.exec(f.detail || "");
      if (bits) b.appendChild(deferBits(bits[1]));
      const extra = runtimeDetail(f.detail);
      if (extra) b.appendChild(el("div", "detail", extra));
      if (f.vars && f.vars.length) {
        const t = el("table", "vars");
        f.vars.forEach(v => {
          const eq = v.indexOf(" = ");
          const tr = el("tr", same && same.vars && same.vars.includes(v) ? "" : "changed");
          tr.appendChild(el("td", "name", v.substring(0, eq)));
          tr.appendChild(el("td", "value", v.substring(eq + 3)));
          t.appendChild(tr);
        });
        b.appendChild(t);
      }
      if (f.pending.length) {
        const d = el("div", "defers");
        d.appendChild(el("div", "label", "deferred calls, next to run on top"));
        f.pending.forEach(p => d.appendChild(el("div", "card" + (same && same.pending.includes(p) ? "" : " changed"), p)));
        b.appendChild(d);
      }
      stack.appendChild(b);
    });
    return stack;
  }

  function modeText(detail) {
    if (detail === "EXITING") return "returning: runs its deferred calls";
    if (detail === "PANICKING") return "panicking";
    if (!detail || detail === "RUNNING") return "";
    const r = / in (runtime\.\S+.*)$/.exec(detail);
    return r ? "in " + r[1] : "";
  }

  /* A runtime frame's detail without what is drawn apart (deferBits, the runtime routine). */
  function runtimeDetail(detail) {
    if (!detail || /^(RUNNING|EXITING|PANICKING)$/.test(detail)) return "";
    return detail.replace(/deferBits=0b[01]+/, "").replace(/ in runtime\.\S+.*$/, "").replace(/\s+/g, " ").trim();
  }

  function deferBits(bits) {
    const d = el("div", "bits");
    d.appendChild(el("span", "label", "deferBits "));
    for (let i = 0; i < bits.length; i++) {
      const bit = bits[i];
      const cell = el("span", "bit" + (bit === "1" ? " set" : ""), bit);
      cell.title = "defer site " + (bits.length - 1 - i) + (bit === "1" ? ": still to run" : ": not pending");
      d.appendChild(cell);
    }
    return d;
  }

  function chain(records, was) {
    const d = el("div", "chain");
    d.appendChild(el("span", "label", "g._defer "));
    records.forEach(r => {
      d.appendChild(el("span", "arrow", "→"));
      d.appendChild(el("span", "record" + (was && was.includes(r) ? "" : " changed"), r));
    });
    d.appendChild(el("span", "arrow", "→"));
    d.appendChild(el("span", "nil", "nil"));
    return d;
  }

  function panics(ps, was) {
    const d = el("div", "panics");
    d.appendChild(el("div", "label", ps.length ? "panics, newest on top" : "no panic"));
    ps.forEach(p => {
      const cls = /recovered(=true|\])/.test(p) ? " recovered" : /aborted(=true|\])/.test(p) ? " aborted" : "";
      d.appendChild(el("div", "panic" + cls + (was.includes(p) ? "" : " changed"), p));
    });
    return d;
  }

  function output(name, text, was) {
    const d = el("div", "output " + name);
    d.appendChild(el("span", "label", name));
    d.appendChild(el("pre", text !== was ? "changed" : "", text === "" ? "(nothing yet)" : text));
    return d;
  }

  function onKey(e) {
    const t = e.target && e.target.tagName;
    if (!data || t === "TEXTAREA" || t === "INPUT" || t === "SELECT") return;
    const n = data.machines[focus].steps.length;
    if (e.key === "ArrowRight" || e.key === "j") cur = Math.min(n - 1, cur + 1);
    else if (e.key === "ArrowLeft" || e.key === "k") cur = Math.max(0, cur - 1);
    else if (e.key === "Home") cur = 0;
    else if (e.key === "End") cur = n - 1;
    else return;
    e.preventDefault();
    render();
  }

  return { mount };
})();
