#!/usr/bin/env bash
# Regenerate the goldens of the conformance corpus from the real Go toolchains.
#
#   regen-goldens.sh                 every <topic>/<name>.go under this folder
#   regen-goldens.sh a/b.go c/d.go   only those programs
#
# For every installed toolchain among 1.19, 1.21, 1.22 and 1.23 (at /usr/lib/go-1.NN/bin/go, or
# override the root with GO_ROOTS_DIR) each program is copied as prog.go into a fresh module whose
# go.mod says `go 1.NN`, built with -gcflags=-d=defer and run with a 20 s timeout and no stdin.
# The result is written to <name>.golden.json beside the program (format: README.md).
# A program that fails to compile on any toolchain is an error: nothing is written for it, unless the program
# says "// needs: go1.NN" and the toolchain is older: then its golden records gc's diagnostics ("compile").
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOTS="${GO_ROOTS_DIR:-/usr/lib}"
JOBS="${JOBS:-4}"

# --one VERSION GOBIN SRC OUTDIR: build and run one program with one toolchain (internal).
if [[ "${1:-}" == "--one" ]]; then
  ver="$2"; gobin="$3"; src="$4"; out="$5"
  work="$(mktemp -d /tmp/defercheck-regen.XXXXXX)"
  trap 'rm -rf "$work"' EXIT
  printf 'module prog\n\ngo %s\n' "$ver" > "$work/go.mod"
  cp "$src" "$work/prog.go"
  mkdir -p "$out"
  if ! (cd "$work" && env -u GOFLAGS -u GOROOT -u GOPATH -u GOENV \
          GOTOOLCHAIN=local GOPROXY=off GO111MODULE=on CGO_ENABLED=0 \
          GOCACHE="/tmp/defercheck-regen-cache-$ver" GOPATH="$work/gopath" GOENV=off \
          "$gobin" build -gcflags=-d=defer -o prog . ) 2> "$out/build.err"; then
    # A program marked "// needs: go1.NN" records the compile error of each older toolchain instead.
    needs="$(sed -n 's|^// needs: go1\.\([0-9]*\)$|\1|p' "$src" | head -1)"
    if [[ -n "$needs" && "${ver#1.}" -lt "$needs" ]]; then
      cp "$out/build.err" "$out/compile"
      : > "$out/stdout"; : > "$out/stderr"; echo 1 > "$out/exit"
      exit 0
    fi
    echo "COMPILE ERROR with go$ver: $src" >&2
    sed 's/^/    /' "$out/build.err" >&2
    exit 3
  fi
  set +e
  # Builds run in parallel, but runs are serialized (one binary at a time, machine-wide lock) so that a
  # heavy program such as overflow/ (a 1 GB stack) gets its 20 s without competing for CPU and memory.
  (cd "$work" && flock /tmp/defercheck-regen-run.lock timeout 20 ./prog < /dev/null > "$out/stdout" 2> "$out/stderr")
  echo $? > "$out/exit"
  set -e
  if [[ "$(cat "$out/exit")" == 124 ]]; then
    echo "WARNING: go$ver: $src timed out after 20 s" >&2
  fi
  exit 0
fi

# --prog SRC VERSIONS...: all toolchains for one program, in parallel, then write the golden (internal).
if [[ "${1:-}" == "--prog" ]]; then
  src="$2"; shift 2
  tmp="$(mktemp -d /tmp/defercheck-golden.XXXXXX)"
  trap 'rm -rf "$tmp"' EXIT
  pids=()
  for ver in "$@"; do
    bash "${BASH_SOURCE[0]}" --one "$ver" "$ROOTS/go-$ver/bin/go" "$src" "$tmp/$ver" &
    pids+=($!)
  done
  fail=0
  for p in "${pids[@]}"; do wait "$p" || fail=1; done
  if [[ $fail != 0 ]]; then exit 3; fi
  python3 - "$src" "$tmp" "$@" <<'PY'
import json, os, re, sys
src, tmp, vers = sys.argv[1], sys.argv[2], sys.argv[3:]

def norm_stderr(s):
    out = []
    for line in s.splitlines(keepends=True):
        if line.startswith(("goroutine ", "[signal ", "runtime stack:")):
            break
        out.append(line)
    return re.sub(r"0x[0-9a-fA-F]+", "0x?", "".join(out))

plan_re = re.compile(r"^(?:\S*/)?(?:\./)?prog\.go:(\d+):(\d+): (.*)$")
def plan(build_err):
    rows = []
    for line in build_err.splitlines():
        m = plan_re.match(line)
        if m:
            rows.append((int(m.group(1)), int(m.group(2)), m.group(3)))
    rows.sort()
    return "".join("prog.go:%d:%d: %s\n" % r for r in rows)

def rd(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="backslashreplace")

def key(v):
    return tuple(int(x) for x in v.split("."))

golden = {}
for v in sorted(vers, key=key):
    d = os.path.join(tmp, v)
    golden[v] = {
        "exit": int(rd(os.path.join(d, "exit")).strip()),
        "stdout": rd(os.path.join(d, "stdout")),
        "stderr": norm_stderr(rd(os.path.join(d, "stderr"))),
        "plan": plan(rd(os.path.join(d, "build.err"))),
    }
    if os.path.exists(os.path.join(d, "compile")):
        golden[v]["plan"] = ""
        golden[v]["compile"] = plan(rd(os.path.join(d, "compile")))
dst = src[:-3] + ".golden.json"
with open(dst, "w") as f:
    f.write(json.dumps(golden, indent=2, ensure_ascii=False) + "\n")
PY
  echo "wrote ${src%.go}.golden.json"
  exit 0
fi

versions=()
for ver in 1.19 1.21 1.22 1.23; do
  if [[ -x "$ROOTS/go-$ver/bin/go" ]]; then versions+=("$ver"); fi
done
if [[ ${#versions[@]} == 0 ]]; then
  echo "regen-goldens: no Go toolchain found (looked for $ROOTS/go-1.{19,21,22,23}/bin/go); nothing regenerated" >&2
  exit 1
fi
echo "regen-goldens: using toolchains:"
for ver in "${versions[@]}"; do
  echo "  go$ver  $("$ROOTS/go-$ver/bin/go" version)"
done

progs=()
if [[ $# -gt 0 ]]; then
  for a in "$@"; do
    [[ "$a" == *.golden.json ]] && a="${a%.golden.json}.go"
    progs+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")")
  done
else
  while IFS= read -r f; do progs+=("$f"); done < <(find "$HERE" -mindepth 2 -name '*.go' | sort)
fi
echo "regen-goldens: ${#progs[@]} program(s), $JOBS at a time"

printf '%s\0' "${progs[@]}" |
  xargs -0 -n 1 -P "$JOBS" sh -c 'bash "$0" --prog "$1" '"${versions[*]}" "${BASH_SOURCE[0]}" \
  || { echo "regen-goldens: FAILED (see errors above)" >&2; exit 1; }
echo "regen-goldens: done with toolchains ${versions[*]}"
