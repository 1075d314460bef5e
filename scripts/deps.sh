# Sourced by the scripts in this folder: makes sure the Debian packages Verity builds with are there.
# As root it installs what is missing with apt-get; otherwise it prints the exact command and stops.
VERITY_PACKAGES=(
  g++ cmake ninja-build pkg-config python3
  libicu-dev libboost-locale-dev libpugixml-dev googletest libgtest-dev
  libcli11-dev nlohmann-json3-dev libtomlplusplus-dev libfmt-dev
  libarchive-dev libre2-dev libstemmer-dev wordnet-base
  # Tests: the SARIF report is validated against the official SARIF 2.1.0 schema.
  python3-jsonschema
  # Tests: the HTML report is rendered in headless Chromium (DOM and screenshot).
  chromium
  # Tests: a run split into shards with GNU parallel and merged (check --shard, verity merge).
  parallel
  # Word-translation evidence for aligning and comparing two languages (read from /usr/share/dictd).
  dict-freedict-eng-deu dict-freedict-deu-eng dict-freedict-eng-fra dict-freedict-fra-eng
  dict-freedict-eng-spa dict-freedict-spa-eng dict-freedict-eng-ita dict-freedict-ita-eng
  dict-freedict-deu-fra dict-freedict-fra-deu dict-freedict-eng-pol dict-freedict-pol-eng
  dict-freedict-eng-ces dict-freedict-ces-eng
)
# scripts/fuzz only (libFuzzer builds with clang); scripts/test --tsan uses the g++ above.
VERITY_FUZZ_PACKAGES=(clang libclang-rt-dev)

verity_missing_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]}"
}

verity_ensure_packages() {
  local missing
  missing=$(verity_missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "verity: installing missing Debian packages: $missing" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2 || {
        echo "verity: apt-get failed" >&2; return 1; }
  else
    echo "verity: missing Debian packages. Install them with:" >&2
    echo "  sudo apt-get install -y $missing" >&2
    return 1
  fi
}

# verity_build DIR [cmake options...]: configures (once) and builds into DIR.
verity_build() {
  local dir=$1; shift
  local top; top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$dir" "${generator[@]}" "$@" >&2 || return 1
  else
    cmake "$dir" "$@" >/dev/null || return 1
  fi
  cmake --build "$dir" -j "$(nproc)" >&2
}
