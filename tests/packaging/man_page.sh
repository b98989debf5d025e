#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The installed man page documents exactly the options --help lists (no more, no fewer), shows the same
# examples, and formats without a groff warning.
# Usage: man_page.sh STAGE
# shellcheck disable=SC2034 # common.sh reads STAGE
STAGE=$1
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Option names in the OPTIONS section's .TP headings, e.g. \fB\-\-lambda\fR.
man_options() {
    man_source | sed -n '/^\.SH OPTIONS/,/^\.SH /p' | sed 's/\\-/-/g' | awk 'previous == ".TP" { print } { previous = $0 }' |
        grep -oE '\\fB-{1,2}[a-z0-9-]+\\fR' | sed -E 's/^\\fB//; s/\\fR$//' | sort
}

from_help=$(help_options)
from_man=$(man_options)
[ "$(wc -l <<<"$from_help")" -ge 30 ] || fail "found only $(wc -l <<<"$from_help") options in --help"
if [ "$from_help" != "$from_man" ]; then
    diff <(echo "$from_help") <(echo "$from_man") >&2 || true
    fail "--help and the man page list different options (< --help, > man page)"
fi

plain_man=$(man_source | sed 's/\\-/-/g')
while IFS= read -r example; do
    grep -qxF ".B $example" <<<"$plain_man" || fail "the man page lacks the example: $example"
done < <(help_examples)

warnings=$(man_source | groff -man -Tutf8 -ww -z 2>&1)
[ -z "$warnings" ] || fail "groff warns: $warnings"
echo "man page: $(wc -l <<<"$from_man") options, $(help_examples | wc -l) examples, same as --help"
