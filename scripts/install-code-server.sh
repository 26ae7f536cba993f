#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3 on Node 20) into .vscode-test/cs, offline-friendly, once.
set -euo pipefail
CS_VERSION=4.100.3
R=${PM_TEST_CACHE:-$(cd "$(dirname "$0")/.." && pwd)/.vscode-test}
BIN=$R/cs/node_modules/.bin/code-server
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "^$CS_VERSION"; then
  exit 0
fi
command -v rg >/dev/null || { echo "install-code-server: ripgrep (Debian package 'ripgrep') is required: apt-get install -y ripgrep" >&2; exit 1; }
export TMPDIR=$R/tmp npm_config_cache=${npm_config_cache:-$R/npm-cache}
mkdir -p "$TMPDIR" "$R/rgseed"
# @vscode/ripgrep's postinstall downloads rg from GitHub unless this cache archive exists: seed it from Debian's rg.
mkdir -p "$TMPDIR/vscode-ripgrep-cache-1.15.11"
cp "$(command -v rg)" "$R/rgseed/rg"
tar czf "$TMPDIR/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$R/rgseed" rg
# unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty's postinstall runs `npx node-gyp`.
echo "install-code-server: installing code-server@$CS_VERSION into $R/cs (about 2 minutes, once)" >&2
npm_config_unsafe_perm=true npm_config_yes=true npm install --prefix "$R/cs" "code-server@$CS_VERSION" \
  --no-audit --no-fund --loglevel=error >"$R/cs-install.log" 2>&1 || { tail -40 "$R/cs-install.log" >&2; exit 1; }
"$BIN" --version
