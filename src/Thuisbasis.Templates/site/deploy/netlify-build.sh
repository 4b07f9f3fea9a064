#!/usr/bin/env bash
# Bouwt de site op Netlify (zie netlify.toml) met het programma `thuisbasis`, zonder iets te compileren:
#   1. het programma (de versie uit .config/dotnet-tools.json) staat in Netlify's cachemap; alleen na een nieuw
#      versienummer haalt thuisbasis.sh het opnieuw op, en alleen daarvoor is de .NET SDK nodig (ook in de cachemap;
#      de eerste keer installeert dit script de vastgezette versie met Microsoft's eigen installatiescript);
#   2. de verwerkte foto's en deelplaatjes (.thuisbasis/cache) gaan vóór de bouw uit de cachemap de site in en
#      erna weer terug, zodat ze niet bij elke bouw opnieuw gemaakt worden;
#   3. `bash thuisbasis.sh build` bouwt de site in output/ (op linux-x64 een kant-en-klaar programma).
# Alle argumenten gaan door naar `build`, bijvoorbeeld: --context deploy-preview --drafts --base-url "$DEPLOY_PRIME_URL".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SDK_VERSION="${DOTNET_SDK_VERSION:-10.0.401}"
# Netlify bewaart /opt/build/cache tussen twee bouwbeurten; elders (op uw eigen computer) een map in uw thuismap.
if [ "${NETLIFY:-}" = "true" ]; then CACHE_DIR="${NETLIFY_CACHE_DIR:-/opt/build/cache}/thuisbasis"; else CACHE_DIR="${HOME}/.cache/thuisbasis"; fi
INSTALL_DIR="${CACHE_DIR}/dotnet"
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

if [ "${NETLIFY:-}" = "true" ]; then
  # Het programma en de verwerkte beelden blijven in Netlify's cachemap; de beelden ook na een mislukte bouw.
  export THUISBASIS_PROGRAMMA="${CACHE_DIR}/programma"
  IMAGES="${CACHE_DIR}/beelden"
  if [ -d "$IMAGES" ] && [ ! -e .thuisbasis/cache ]; then
    mkdir -p .thuisbasis
    mv "$IMAGES" .thuisbasis/cache
  fi
  keep_images() {
    if [ -d .thuisbasis/cache ]; then
      rm -rf "$IMAGES"
      mkdir -p "$CACHE_DIR"
      mv .thuisbasis/cache "$IMAGES"
    fi
  }
  trap keep_images EXIT
fi

bash thuisbasis.sh build "$@"
