#!/usr/bin/env bash
# Check a built Linux bundle on this machine as on one without Python: every run has a
# clean environment (env -i) whose PATH holds no Python (an empty folder), and a HOME of
# its own, so the data dir is platformdirs' default there, as for the DPO.
#
#   tools/check_bundle.sh [BUNDLE_DIR]     default: the newest dist/cluma-dpo-*-linux-*/
#   tools/check_bundle.sh ARCHIVE.tar.gz   unpack what the DPO downloads, check that
#   SHOTS=/tmp/shots tools/check_bundle.sh  also save screenshots of the windows (ImageMagick)
#
# Checks: --version; init; add; letter (qpdf --check accepts the PDF); intake of a .msg,
# email-draft --encrypt-pdf, calendar; --install puts a
# valid desktop entry into the menu and --uninstall takes it out, data untouched; the desktop app
# under Xvfb shows the first-run wizard on a machine without a database and the unlock
# window on one with it, each within 10 s (the time to the window is printed).
# Needs: Xvfb, xdotool, qpdf (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=${1:-$(ls -dt dist/cluma-dpo-*-linux-*/ 2>/dev/null | head -n 1)}
work=$(mktemp -d)
case "$bundle" in
  *.tar.gz)  # the archive as downloaded: unpacked into a folder with a space, as ~/My Programs
    mkdir -p "$work/My Programs"
    tar -xzf "$bundle" -C "$work/My Programs"
    echo "== unpacked $(basename "$bundle") ($(du -sh "$bundle" | cut -f1))"
    bundle=$(ls -d "$work/My Programs"/cluma-dpo-*/ | head -n 1)
    ;;
esac
[ -n "$bundle" ] && [ -x "$bundle/cluma-dpo" ] || {
  echo "check_bundle: no bundle (build one: python tools/build_bundle.py)" >&2
  exit 1
}
exe=$(cd "$bundle" && pwd)/cluma-dpo
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/empty-bin" "$work/out"
secret="bundle check passphrase"

# the bundle, in a clean environment with no Python anywhere on PATH
bundled() {
  env -i HOME="$work/home" PATH="$work/empty-bin" LANG=C.UTF-8 \
    CLUMA_DPO_PASSPHRASE="$secret" "$exe" "$@"
}
if env -i PATH="$work/empty-bin" /bin/sh -c 'command -v python3 || command -v python' >/dev/null; then
  echo "check_bundle: Python is on the clean PATH" >&2
  exit 1
fi

echo "== $exe"
echo "== size: $(du -sh "$bundle" | cut -f1)"
version=$(bundled --version)
echo "== --version: $version"
case "$version" in "cluma-dpo "*) ;; *) echo "unexpected version line" >&2; exit 1 ;; esac

echo "== init (default data dir under HOME)"
bundled init
db="$work/home/.local/share/cluma-dpo/cluma-dpo.db"
[ -s "$db" ] || { echo "check_bundle: no database at $db" >&2; exit 1; }

echo "== add"
ref=$(bundled add --right access --name "Jan Peeters" --received 2026-11-20 \
  --email jan.peeters@example.be --street "Kerkstraat 12" --postcode 9000 --city Gent \
  --country BE --language nl)
echo "$ref"
[[ "$ref" =~ ^DSR-[0-9]{4}-[0-9]{4}$ ]] || { echo "check_bundle: add printed '$ref'" >&2; exit 1; }

echo "== show / due"
bundled show "$ref" >/dev/null
bundled due >/dev/null

echo "== letter"
bundled letter "$ref" acknowledgement --out "$work/out/acknowledgement.pdf"
qpdf --check "$work/out/acknowledgement.pdf" | tail -n 1

echo "== intake of an Outlook .msg, an e-mail draft with an encrypted PDF, the calendar (issue 17)"
bundled intake tests/fixtures/mail/en-outlook.msg --json | grep -q '"from_email"' || {
  echo "check_bundle: intake of the .msg gave no proposal" >&2; exit 1; }
bundled email-draft "$ref" acknowledgement --encrypt-pdf --out "$work/out/draft.eml" >/dev/null
grep -q "^X-Unsent: 1" "$work/out/draft.eml" || { echo "check_bundle: no draft" >&2; exit 1; }
bundled calendar --out "$work/out/deadlines.ics" >/dev/null
grep -q "BEGIN:VEVENT" "$work/out/deadlines.ics" || { echo "check_bundle: empty calendar" >&2; exit 1; }

echo "== --install / --uninstall (the menu entry, without Python)"
bundled --install
entry="$work/home/.local/share/applications/cluma-dpo.desktop"
[ -s "$entry" ] || { echo "check_bundle: --install wrote no $entry" >&2; exit 1; }
[ -s "$work/home/.local/share/icons/hicolor/256x256/apps/cluma-dpo.png" ] || {
  echo "check_bundle: --install put no icon" >&2; exit 1; }
grep -qF "TryExec=$exe" "$entry" || { echo "check_bundle: the entry does not start $exe" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
bundled --uninstall
[ ! -e "$entry" ] || { echo "check_bundle: --uninstall left $entry" >&2; exit 1; }
[ -s "$db" ] || { echo "check_bundle: --uninstall touched the data" >&2; exit 1; }

# The desktop app under Xvfb: the window must show within 10 s.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
display=":$(head -n 1 "$work/display")"

gui_window() {  # $1: what, $2: HOME of the run
  local what=$1 home=$2 start elapsed title id=""
  start=$(date +%s%N)
  env -i HOME="$home" PATH="$work/empty-bin" LANG=C.UTF-8 DISPLAY="$display" \
    "$exe" >"$work/gui.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 100); do
    id=$(DISPLAY="$display" xdotool search --onlyvisible --name "^Cluma DPO" 2>/dev/null \
      | head -n 1) || true
    [ -n "$id" ] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
  done
  elapsed=$((($(date +%s%N) - start) / 1000000))
  if [ -z "$id" ]; then
    echo "check_bundle: no $what window within 10 s" >&2
    cat "$work/gui.log" >&2
    exit 1
  fi
  title=$(DISPLAY="$display" xdotool getwindowname "$id")
  echo "== GUI: '$title' ($what) shown after ${elapsed} ms"
  if [ -n "${SHOTS:-}" ] && command -v import >/dev/null; then
    mkdir -p "$SHOTS"
    sleep 1
    DISPLAY="$display" import -window root "$SHOTS/bundle-$what.png"
    echo "   screenshot: $SHOTS/bundle-$what.png"
  fi
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

mkdir -p "$work/fresh-home"
gui_window first-run "$work/fresh-home"
gui_window unlock "$work/home"
echo "== the bundle works without Python"
