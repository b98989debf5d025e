#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The installed bash completion offers every option --help lists, and for a value what the parser accepts:
# the optimizers and panels its own error messages name, files of the right type, folders.
# Usage: bash_completion.sh STAGE
STAGE=$1
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

completion="$STAGE/usr/share/bash-completion/completions/regviz"
bash -n "$completion" || fail "the completion is not valid bash"
[ -r /usr/share/bash-completion/bash_completion ] || fail "bash-completion is not installed"

files=$(mktemp -d)
trap 'rm -rf "$files"' EXIT
cd "$files" || exit 1
touch figure.png slides.PDF notes.txt data.csv saved.json anim.gif
mkdir folder

# Completes the words given (the last one is being typed) the way bash-completion does, one reply a line.
complete_words() {
    bash --norc --noprofile -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"
        shift
        COMP_WORDS=("$@")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE="${COMP_WORDS[*]}"
        COMP_POINT=${#COMP_LINE}
        _regviz regviz "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"' completion "$completion" "$@" | sed '/^$/d' | sort
}

expect() {
    local what=$1 expected=$2 actual=$3
    [ "$actual" = "$expected" ] || fail "$what: expected [${expected//$'\n'/ }], completion gave [${actual//$'\n'/ }]"
}

expect "options after -" "$(help_options)" "$(complete_words regviz -)"
expect "options after --" "$(help_options | grep -- '^--')" "$(complete_words regviz --)"
expect "options after --la" "--lambda" "$(complete_words regviz --la)"

# Choices: what the parser itself names when given a bad value.
refusal=$(regviz_installed --optimizer bogus 2>&1 || true)
optimizers=$(sed -n "s/.*is not one of //p" <<<"$refusal" | sed 's/, /\n/g' | sort)
expect "--optimizer" "$optimizers" "$(complete_words regviz --optimizer '')"
refusal=$(regviz_installed --export x.png --panel bogus 2>&1 || true)
panels=$(sed -n 's/.*the panels are: //p' <<<"$refusal" | sed 's/\.$//; s/, /\n/g' | sort)
[ "$(wc -l <<<"$panels")" -ge 6 ] || fail "could not read the panel names from regviz: $panels"
expect "--panel" "$panels" "$(complete_words regviz --export x.png --panel '')"

expect "--export" "$(printf '%s\n' figure.png folder slides.PDF | sort)" "$(complete_words regviz --export '')"
expect "--export-gif" "$(printf '%s\n' anim.gif folder | sort)" "$(complete_words regviz --export-gif '')"
expect "--data" "$(printf '%s\n' data.csv folder | sort)" "$(complete_words regviz --data '')"
expect "--export-frames" "folder" "$(complete_words regviz --export-frames '')"
expect "a session" "$(printf '%s\n' folder saved.json | sort)" "$(complete_words regviz '')"
expect "--lambda (a number)" "" "$(complete_words regviz --lambda '')"
echo "completion: $(help_options | wc -l) options; values complete as the parser accepts them"
