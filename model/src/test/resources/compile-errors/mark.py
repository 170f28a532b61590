#!/usr/bin/env python3
"""Write the // want markers of compile-error files from what the real compilers report.

    mark.py FILE.go...            markers from every installed gc (1.19, 1.21, 1.22, 1.23)
    mark.py --model FILE.go...    also the model's own "unsupported:" refusals (needs ./defercheck built)

Each file is built as prog.go in a module whose go.mod says `go 1.NN`, with -gcflags=-e, by each toolchain.
Existing markers are replaced, except `want(model)` ones and hand-written `unsupported:` ones, which are
kept (--model rewrites the latter). A message every toolchain words alike gets a plain marker; otherwise one marker per wording,
with the versions it holds for (README.md). Review the result: the markers are the test's expectations.
"""
import os
import re
import subprocess
import sys
import tempfile

VERSIONS = [19, 21, 22, 23]
ROOTS = os.environ.get("GO_ROOTS_DIR", "/usr/lib")
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "../../../../.."))
MARKER = re.compile(r"\s*//\s*want.*$")
ERROR = re.compile(r"^(?:\./)?prog\.go:(\d+):(\d+): (.*)$")


def gc_errors(source, minor):
    gobin = os.path.join(ROOTS, "go-1.%d" % minor, "bin", "go")
    if not os.access(gobin, os.X_OK):
        return None
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "go.mod"), "w") as f:
            f.write("module prog\n\ngo 1.%d\n" % minor)
        with open(os.path.join(work, "prog.go"), "w") as f:
            f.write(source)
        env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="", CGO_ENABLED="0")
        r = subprocess.run([gobin, "build", "-gcflags=-e", "-o", os.path.join(work, "bin"), "."],
                           cwd=work, env=env, capture_output=True, text=True)
    return parse(r.stderr)


def model_refusals(path, minor):
    r = subprocess.run([os.path.join(REPO, "defercheck"), "run", "--go", "1.%d" % minor, path],
                       capture_output=True, text=True)
    return [e for e in parse(r.stderr, any_file=True) if e[2].startswith("unsupported: ")]


def parse(stderr, any_file=False):
    out = []
    for line in stderr.split("\n"):
        m = ERROR.match(line) if not any_file else re.match(r"^.*?:(\d+):(\d+): (.*)$", line)
        if m:
            out.append([int(m.group(1)), int(m.group(2)), re.sub(r"(\./)?prog\.go:", "prog.go:", m.group(3))])
        elif line.startswith("\t") and out:
            out[-1][2] += "\n" + re.sub(r"(\./)?prog\.go:", "prog.go:", line)
    return [tuple(e) for e in out]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def versions(present):
    if len(present) == len(VERSIONS):
        return ""
    lo, hi = present[0], present[-1]
    lo_text = "" if lo == VERSIONS[0] else "1.%d" % lo
    hi_text = "" if hi == VERSIONS[-1] else "1.%d" % hi
    if lo == hi and lo not in (VERSIONS[0], VERSIONS[-1]):
        return "[1.%d]" % lo
    return "[%s-%s]" % (lo_text, hi_text)


def mark(path, with_model):
    with open(path) as f:
        lines = f.read().split("\n")
    kept = {}
    for i, line in enumerate(lines):
        for m in re.finditer(r"//\s*want\S*\s+\d+: .*?(?=\s*//\s*want|$)", line):
            text = m.group(0).strip()
            if "want(model)" in text or (not with_model and ": unsupported: " in text):
                kept.setdefault(i + 1, []).append(text)
        lines[i] = MARKER.sub("", line)
    source = "\n".join(lines)
    per_version = {}
    for v in VERSIONS:
        errs = gc_errors(source, v)
        if errs is None:
            continue
        if with_model:
            errs += model_refusals(path, v)
        for e in errs:
            per_version.setdefault(e, []).append(v)
    markers = {}
    for (line, col, msg), vs in sorted(per_version.items()):
        markers.setdefault(line, []).append("// want%s %d: %s" % (versions(sorted(vs)), col, escape(msg)))
    for line, ms in kept.items():
        markers.setdefault(line, []).extend(ms)
    for line, ms in markers.items():
        lines[line - 1] = lines[line - 1] + " " + " ".join(ms)
    with open(path, "w") as f:
        f.write("\n".join(lines))
    print("marked %s: %d marker(s)" % (path, sum(len(m) for m in markers.values())))


if __name__ == "__main__":
    args = sys.argv[1:]
    with_model = "--model" in args
    for p in [a for a in args if a != "--model"]:
        mark(p, with_model)
