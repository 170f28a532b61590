"use strict";
/* The playground page: edit, pick version and machine, run on the server (POST /api/run), show the output
   exactly as `defercheck run` prints it, the plan of each defer site, and the trace in DeferViewer. The program
   travels in the URL fragment (#go=…&machine=…&src=…), so a link shares it; nothing leaves this machine. */
(() => {
  const $ = id => document.getElementById(id);
  const src = $("source"), gutter = $("gutter");
  let planLines = new Set();

  for (let m = 23; m >= 12; m--) {
    const o = document.createElement("option");
    o.value = o.textContent = "1." + m;
    $("go").appendChild(o);
  }

  function numberLines() {
    const n = src.value.split("\n").length;
    gutter.textContent = "";
    for (let i = 1; i <= n; i++) {
      const s = document.createElement("span");
      s.textContent = String(i);
      if (planLines.has(i)) { s.className = "plan"; s.title = "a defer site: see the plan below"; }
      gutter.appendChild(s);
      gutter.appendChild(document.createTextNode("\n"));
    }
    gutter.scrollTop = src.scrollTop;
  }
  src.addEventListener("input", () => { planLines = new Set(); numberLines(); });
  src.addEventListener("scroll", () => { gutter.scrollTop = src.scrollTop; });
  src.addEventListener("keydown", e => {
    if (e.key === "Tab") {
      e.preventDefault();
      const a = src.selectionStart;
      src.setRangeText("\t", a, src.selectionEnd, "end");
      numberLines();
    } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });

  function encode(text) {
    const bytes = new TextEncoder().encode(text);
    let bin = "";
    bytes.forEach(b => { bin += String.fromCharCode(b); });
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function decode(b64) {
    const bin = atob(b64.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder().decode(Uint8Array.from(bin, c => c.charCodeAt(0)));
  }
  function shareLink() {
    return location.origin + location.pathname + "#go=" + $("go").value + "&machine=" + $("machine").value
      + "&src=" + encode(src.value);
  }
  function fromFragment() {
    const f = new URLSearchParams(location.hash.substring(1));
    if (f.get("go")) $("go").value = f.get("go");
    if (f.get("machine")) $("machine").value = f.get("machine");
    if (f.get("src")) {
      try { src.value = decode(f.get("src")); return true; } catch (e) { say("the link's program is damaged", false); }
    }
    return false;
  }

  function say(text, warn) {
    $("message").textContent = text || "";
    $("message").className = warn ? "warn" : "";
  }

  function clearResult() {
    ["stdout", "stderr", "exit", "ran-on"].forEach(id => { $(id).textContent = ""; });
    $("plan").textContent = "";
  }

  async function run() {
    $("run").disabled = true;
    $("status").textContent = "running…";
    document.body.dataset.state = "running";
    say("");
    try {
      const r = await fetch("/api/run", {method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({source: src.value, go: $("go").value, machine: $("machine").value})});
      const j = await r.json();
      show(r.status, j);
    } catch (e) {
      clearResult();
      say("the playground did not answer: " + e);
    } finally {
      $("run").disabled = false;
      $("status").textContent = "";
      document.body.dataset.state = "done";
    }
  }

  function show(status, j) {
    clearResult();
    if (j.error) {
      say(j.error + " (HTTP " + status + ")");
      return;
    }
    if (j.diagnostics) {
      say(j.diagnostics.join("\n"));
      $("exit").textContent = "65 (does not compile, or outside the subset)";
      return;
    }
    say([j.warning, j.limit].filter(Boolean).join("\n"), true);
    $("stdout").textContent = j.stdout;
    $("stderr").textContent = j.stderr;
    $("exit").textContent = String(j.exitCode);
    $("ran-on").textContent = "on " + j.machine;
    planLines = new Set(j.plan.map(p => p.line));
    j.plan.forEach(p => {
      const li = document.createElement("li");
      li.textContent = p.text;
      $("plan").appendChild(li);
    });
    if (!j.plan.length) $("plan").appendChild(document.createElement("li")).textContent = "no defer sites";
    numberLines();
    DeferViewer.mount($("viewer"), j.trace, {hash: false});
  }

  $("run").addEventListener("click", run);
  $("share").addEventListener("click", () => {
    const link = shareLink();
    history.replaceState(null, "", link);
    if (navigator.clipboard) navigator.clipboard.writeText(link).catch(() => {});
    say("link to this program: " + link, true);
  });

  fetch("/api/examples").then(r => r.json()).then(list => {
    list.forEach(e => {
      const o = document.createElement("option");
      o.value = e.name;
      o.textContent = e.name;
      o.dataset.source = e.source;
      $("example").appendChild(o);
    });
    $("example").addEventListener("change", () => {
      const o = $("example").selectedOptions[0];
      if (o && o.dataset.source) { src.value = o.dataset.source; planLines = new Set(); numberLines(); }
    });
    const linked = fromFragment();
    if (!linked && !src.value) {
      src.value = list[0].source;
      $("example").value = list[0].name;
    }
    numberLines();
    document.body.dataset.ready = "true";
    if (linked) run(); // a shared link shows its run at once
  });
})();
