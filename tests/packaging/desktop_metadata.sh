#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The installed launcher and AppStream metadata pass their validators without a single complaint, and
# point at what was installed: the icon name, the program and the launcher id.
# Usage: desktop_metadata.sh STAGE APP_ID
STAGE=$1 APP_ID=$2
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

desktop="$STAGE/usr/share/applications/$APP_ID.desktop"
metainfo="$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"

# desktop-file-validate exits 0 on warnings and hints; any output at all counts as a failure here.
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate complained: $out"
echo "desktop-file-validate: no output"

# --strict fails on every issue above pedantic; validate-tree also cross-checks launcher and icon.
appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$STAGE/usr" || fail "appstreamcli validate-tree"

grep -qx "Icon=$APP_ID" "$desktop" || fail "the launcher's Icon= is not $APP_ID"
for size in 16 22 24 32 48 64 128 256; do
    [ -s "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] || fail "no ${size}x${size} icon"
done
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[ -x "$STAGE/usr/bin/${exec_line%% *}" ] || fail "Exec=$exec_line is not an installed program"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $APP_ID.desktop"
grep -q "<release version=\"$(regviz_installed --version | sed -n '1s/^regviz //p')\"" "$metainfo" ||
    fail "the metainfo's release is not the program's version"
