# Shared by scripts/run and scripts/test: install what RegViz needs from Debian when it is missing,
# then configure and build with a CMake preset. Sourced, not run.

REGVIZ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Build tools and libraries (headers and CMake packages), and what the tests and screenshots use.
REGVIZ_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev libgl-dev libgif-dev
    libqcustomplot-dev libeigen3-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    # packaging checks: validators, man page formatting, completion, cpack -G DEB (file, dpkg-shlibdeps)
    desktop-file-utils appstream bash-completion groff-base file dpkg-dev
    # translations: lupdate and lrelease, and the Qt6LinguistTools CMake package that drives them
    qt6-l10n-tools qt6-tools-dev
)

# scripts/fuzz: clang, its runtimes (libFuzzer, AddressSanitizer, UBSan; only recommended by clang, so
# not installed with it here) and llvm-symbolizer for readable stack traces.
REGVIZ_FUZZ_PACKAGES=(clang libclang-rt-14-dev llvm-14)

# scripts/lint.
REGVIZ_LINT_PACKAGES=(clang-tidy cppcheck)

# scripts/bench's scikit-learn peer and tests/fixtures/make_sklearn_fixtures.py (never the tests).
REGVIZ_PEER_PACKAGES=(python3-sklearn python3-numpy)

# regviz_install_packages [PACKAGE...]: installs those of the packages (default REGVIZ_PACKAGES) that
# are missing.
regviz_install_packages() {
    local wanted=("$@")
    [ ${#wanted[@]} -gt 0 ] || wanted=("${REGVIZ_PACKAGES[@]}")
    local missing=()
    local pkg
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "regviz: installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "regviz: need root or sudo to install: ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# regviz_build PRESET [TARGET...]: configure (once) and build.
regviz_build() {
    local preset=$1
    shift
    cd "$REGVIZ_ROOT" || return 1
    cmake --preset "$preset" --log-level=WARNING || return 1
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --parallel "$jobs" --target "$@"
    else
        cmake --build --preset "$preset" --parallel "$jobs"
    fi
}
