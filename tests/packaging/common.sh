# shellcheck shell=bash
# Shared by the packaging checks. Sourced, not run.
set -Eeuo pipefail
# A command that fails unexpectedly names itself instead of ending the check in silence.
trap 'echo "FAIL: ${BASH_SOURCE[0]}:$LINENO: $BASH_COMMAND exited with $?" >&2' ERR

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The installed program, run the way a user's shell runs it (no display needed for --help).
regviz_installed() {
    env -u DISPLAY -u WAYLAND_DISPLAY "$STAGE/usr/bin/regviz" "$@"
}

# Every option name --help lists (-h, --help, --lambda, ...), one a line, sorted. Option lines start with
# two spaces and a dash; the value placeholder and the description are cut off.
help_options() {
    regviz_installed --help | grep -E '^  -' | sed -E 's/^  //; s/ {2,}.*$//; s/ <[^>]*>//; s/, /\n/g' | sort
}

# The example commands --help shows, one a line.
help_examples() {
    regviz_installed --help | sed -n '/^Examples:/,/^$/p' | grep -E '^  regviz' | sed -E 's/^  //'
}

# The man page as roff source, read from wherever it was installed.
man_source() {
    gzip -dc "$STAGE/usr/share/man/man1/regviz.1.gz"
}
