#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Installs the build into an empty staging root (DESTDIR, prefix /usr) and checks that exactly the expected
# files arrive, with the right modes, and that the installed program runs.
# Usage: install_tree.sh CMAKE BUILD_DIR STAGE EXPECTED_LIST
CMAKE=$1 BUILD_DIR=$2 STAGE=$3 EXPECTED=$4
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rm -rf "$STAGE"
DESTDIR="$STAGE" "$CMAKE" --install "$BUILD_DIR" --prefix /usr >/dev/null

actual=$(cd "$STAGE/usr" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort)
expected=$(LC_ALL=C sort "$EXPECTED")
if [ "$actual" != "$expected" ]; then
    diff <(echo "$expected") <(echo "$actual") >&2 || true
    fail "installed files differ from $EXPECTED (< expected, > installed)"
fi

[ -x "$STAGE/usr/bin/regviz" ] || fail "bin/regviz is not executable"
while IFS= read -r file; do
    [ "$file" = bin/regviz ] && continue
    mode=$(stat -c %a "$STAGE/usr/$file")
    [ "$mode" = 644 ] || fail "$file has mode $mode, not 644"
done <"$EXPECTED"

version=$(regviz_installed --version)
grep -q '^regviz [0-9]' <<<"$version" || fail "installed regviz --version printed: $version"
echo "installed $(wc -l <"$EXPECTED") files; $(head -1 <<<"$version")"
