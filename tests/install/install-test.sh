#!/usr/bin/env bash
# Install and package (issue 19), as a user would meet them: install into a prefix, move the prefix, and run the
# moved copy with no environment help; build the Debian package, unpack it and run the unpacked binary; check the
# desktop entry, the MIME types and the package's dependencies. Usage: install-test.sh BUILD_DIR
set -euo pipefail
build="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
unset MYOATLAS_DATA_DIR MYOATLAS_BODY MYOATLAS_FEMALE_BODY
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { grep -q -- "$2" <<<"$1" || fail "$3 (expected '$2' in: $(head -c 600 <<<"$1"))"; }

# Runs the copy of myoatlas in prefix $1 and checks it uses that prefix's data.
check_copy() {
  local prefix="$1" bin="$1/bin/myoatlas" out
  out="$("$bin" validate --json)" || fail "validate failed in $prefix"
  expect "$out" "\"atlas\": \"$prefix/share/myoatlas/data\"" "validate reads the atlas beside the moved executable"
  out="$("$bin" info)" || fail "info failed in $prefix"
  expect "$out" "Model:     $prefix/share/myoatlas/bodies/body.glb" "the default body comes from the moved copy"
  out="$("$bin" info --body female)" || fail "info --body female failed in $prefix"
  expect "$out" "$prefix/share/myoatlas/bodies/body-female.glb" "the female body comes from the moved copy"
  out="$("$bin" search "tennis elbow" --top 3)" || fail "search failed in $prefix"
  expect "$out" "extensor_carpi_radialis" "search finds the lateral epicondyle's muscles"
  out="$("$bin" sources --area temple --top 3)" || fail "sources failed in $prefix"
  expect "$out" "Upper trapezius" "the pain finder lists the temple's sources"
  if "$bin" render --out "$tmp/moved.png" --width 64 --height 96 2>"$tmp/render.err"; then
    [ -s "$tmp/moved.png" ] || fail "render wrote no PNG from $prefix"
  elif grep -q "no OpenGL" "$tmp/render.err" && [ -z "${MYOATLAS_REQUIRE_GL:-}" ]; then
    echo "render skipped: $(cat "$tmp/render.err")"
  else
    fail "render failed in $prefix: $(cat "$tmp/render.err")"
  fi
}

# 1. cmake --install, then the whole prefix moved elsewhere.
cmake --install "$build" --prefix "$tmp/first" >/dev/null
mv "$tmp/first" "$tmp/moved"
check_copy "$tmp/moved"
out="$(MYOATLAS_DATA_DIR="$tmp/nowhere" "$tmp/moved/bin/myoatlas" search scm 2>&1)" && fail "a missing atlas must fail"
expect "$out" "looked in: $tmp/nowhere" "a missing atlas names the places looked"

# 2. The Debian package, unpacked (what apt would put under /usr).
cpack --config "$build/CPackConfig.cmake" -B "$tmp/package" >/dev/null
deb="$(ls "$tmp"/package/myoatlas_*.deb)"
dpkg-deb -x "$deb" "$tmp/root"
check_copy "$tmp/root/usr"
depends="$(dpkg-deb -f "$deb" Depends)"
for need in libassimp5 libglfw3 libcairo2 libegl-mesa0 libgl1-mesa-dri fonts-dejavu-core; do
  expect "$depends" "$need" "the package depends on $need"
done
[ -f "$tmp/root/usr/share/man/man1/myoatlas.1.gz" ] || fail "no man page in the package"
[ -f "$tmp/root/usr/share/icons/hicolor/48x48/apps/myoatlas.png" ] || fail "no 48x48 icon in the package"
[ -f "$tmp/root/usr/share/icons/hicolor/scalable/apps/myoatlas.svg" ] || fail "no scalable icon in the package"

# 3. Desktop integration: the entry validates, and the MIME types resolve our files (a private MIME database).
desktop="$tmp/root/usr/share/applications/myoatlas.desktop"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
else
  echo "desktop-file-validate not installed (scripts/install-deps.sh installs it): skipped"
fi
expect "$(cat "$desktop")" "MimeType=application/x-myoatlas-scene;application/x-myoatlas-lesson;" "the entry opens scenes and lessons"
mkdir -p "$tmp/mime/packages"
cp "$tmp/root/usr/share/mime/packages/myoatlas.xml" "$tmp/mime/packages/"
XDG_DATA_DIRS="$tmp" XDG_DATA_HOME="$tmp" update-mime-database "$tmp/mime" 2>"$tmp/mime.err" || fail "update-mime-database: $(cat "$tmp/mime.err")"
[ ! -s "$tmp/mime.err" ] || fail "update-mime-database warns: $(cat "$tmp/mime.err")"
expect "$(cat "$tmp/mime/globs2")" "application/x-myoatlas-lesson:\*.myolesson.json" "lessons are recognised by name"
expect "$(cat "$tmp/mime/globs2")" "application/x-myoatlas-scene:\*.myoscene.json" "scenes are recognised by name"
expect "$(cat "$tmp/mime/magic" | tr -d '\0')" "myoatlas-lesson" "lessons are recognised by content"
echo "install, relocation, package and desktop integration: all checks passed"
