#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# cpack builds a .deb from this build whose control file names the runtime libraries and whose contents are
# exactly the installed files.
# Usage: debian_package.sh CPACK BUILD_DIR OUT_DIR EXPECTED_LIST
CPACK=$1 BUILD_DIR=$2 OUT_DIR=$3 EXPECTED=$4
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rm -rf "$OUT_DIR"
mkdir -p "$OUT_DIR"
# gzip instead of the release setting xz: the same package, made faster for a test.
(cd "$BUILD_DIR" && "$CPACK" -G DEB -B "$OUT_DIR" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$OUT_DIR/cpack.log" 2>&1) ||
    { cat "$OUT_DIR/cpack.log" >&2; fail "cpack -G DEB"; }
shopt -s nullglob
packages=("$OUT_DIR"/regviz_*.deb)
[ ${#packages[@]} -eq 1 ] || fail "expected one regviz_*.deb in $OUT_DIR, found ${#packages[@]}"
deb=${packages[0]}
[ "$(basename "$deb")" = "regviz_$(dpkg-deb -f "$deb" Version)_$(dpkg --print-architecture).deb" ] ||
    fail "$(basename "$deb") is not named package_version_architecture.deb"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = regviz ] || fail "Package: $(field Package)"
[ "$(field Section)" = science ] || fail "Section: $(field Section)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture: $(field Architecture)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"

depends=$(field Depends)
echo "Depends: $depends"
# Package names alone, one a line, from a Depends field (versions and alternatives' bars dropped).
names() { sed -E 's/ \([^)]*\)//g; s/ *[,|] */\n/g' <<<"$1"; }
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqcustomplot2.1-qt6 libgif7 libc6 libstdc++6; do
    names "$depends" | grep -qxF "$package" || fail "Depends lacks $package"
done
# RegViz itself does not link Qt Print Support (QCustomPlot does), so dpkg-shlibdeps rightly leaves it to
# libqcustomplot2.1-qt6, which must then bring it.
qcp_depends=$(dpkg-query -W -f='${Depends}' libqcustomplot2.1-qt6)
names "$qcp_depends" | grep -qxF libqt6printsupport6 ||
    fail "libqcustomplot2.1-qt6 does not bring libqt6printsupport6: $qcp_depends"

contents=$(dpkg-deb -c "$deb")
files=$(awk '$1 !~ /^d/ { print $6 }' <<<"$contents" | sed 's|^\./usr/||' | LC_ALL=C sort)
if [ "$files" != "$(LC_ALL=C sort "$EXPECTED")" ]; then
    diff <(LC_ALL=C sort "$EXPECTED") <(echo "$files") >&2 || true
    fail "the package's files differ from $EXPECTED (< expected, > in the package)"
fi
grep -qE '^-rwxr-xr-x root/root .* \./usr/bin/regviz$' <<<"$contents" || fail "usr/bin/regviz is not root-owned 755"
echo "$(basename "$deb"): $(wc -l <<<"$files") files"
