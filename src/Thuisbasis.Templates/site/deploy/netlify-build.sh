#!/usr/bin/env bash
# Bouwt de site op Netlify (zie netlify.toml) met het programma `thuisbasis`, zonder iets te compileren:
#   1. de .NET SDK (alleen nodig om het programma op te halen) staat in Netlify's cachemap; alleen de eerste keer
#      wordt de vastgezette versie geïnstalleerd met Microsoft's eigen installatiescript;
#   2. `dotnet tool restore` haalt de versie van thuisbasis uit .config/dotnet-tools.json, ook uit de cachemap;
#   3. `dotnet thuisbasis build` bouwt de site in output/ (op linux-x64 een kant-en-klaar programma).
# Alle argumenten gaan door naar `build`, bijvoorbeeld: --context deploy-preview --drafts --base-url "$DEPLOY_PRIME_URL".
set -euo pipefail

SDK_VERSION="${DOTNET_SDK_VERSION:-10.0.401}"
# Netlify bewaart /opt/build/cache tussen twee bouwbeurten; elders (op uw eigen computer) een map in uw thuismap.
if [ "${NETLIFY:-}" = "true" ]; then CACHE_DIR="${NETLIFY_CACHE_DIR:-/opt/build/cache}/thuisbasis"; else CACHE_DIR="${HOME}/.cache/thuisbasis"; fi
INSTALL_DIR="${CACHE_DIR}/dotnet"
export NUGET_PACKAGES="${NUGET_PACKAGES:-${CACHE_DIR}/nuget}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

has_sdk() {
  command -v "$1" >/dev/null 2>&1 && "$1" --list-sdks 2>/dev/null | grep -q "^10\."
}

if ! has_sdk dotnet; then
  if ! has_sdk "$INSTALL_DIR/dotnet"; then
    echo "Geen .NET 10 SDK gevonden: .NET SDK $SDK_VERSION wordt geïnstalleerd in $INSTALL_DIR (daarna uit de cache)."
    installer="$(mktemp)"
    curl --fail --silent --show-error --location https://dot.net/v1/dotnet-install.sh --output "$installer"
    bash "$installer" --version "$SDK_VERSION" --install-dir "$INSTALL_DIR" --no-path
    rm -f "$installer"
  fi
  export DOTNET_ROOT="$INSTALL_DIR"
  export PATH="$INSTALL_DIR:$PATH"
fi

# Zoeken op de site (search: true) heeft Pagefind nodig, vastgezet in package-lock.json. Netlify installeert het zelf
# als er een package.json is; anders gebeurt het hier.
if [ -z "${THUISBASIS_PAGEFIND:-}" ] && [ -f package-lock.json ] && [ ! -d node_modules/@pagefind ] && command -v npm >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet tool restore
dotnet thuisbasis build "$@"
