#!/usr/bin/env bash
# Bouwt de site op Netlify (zie netlify.toml). Netlify's bouwomgeving heeft geen .NET SDK; ontbreekt die,
# dan installeert dit script de vastgezette versie met Microsoft's eigen installatiescript (dotnet-install.sh).
# Pagefind (zoeken op de site) installeert het met npm ci als Netlify dat nog niet deed.
# Alle argumenten gaan door naar `build`, bijvoorbeeld: --context deploy-preview --drafts --base-url "$DEPLOY_PRIME_URL".
set -euo pipefail

SDK_VERSION="${DOTNET_SDK_VERSION:-10.0.401}"
INSTALL_DIR="${HOME}/.dotnet"

has_sdk() {
  command -v "$1" >/dev/null 2>&1 && "$1" --list-sdks 2>/dev/null | grep -q "^10\."
}

if ! has_sdk dotnet; then
  if ! has_sdk "$INSTALL_DIR/dotnet"; then
    echo "Geen .NET 10 SDK gevonden: .NET SDK $SDK_VERSION wordt geïnstalleerd in $INSTALL_DIR."
    installer="$(mktemp)"
    curl --fail --silent --show-error --location https://dot.net/v1/dotnet-install.sh --output "$installer"
    bash "$installer" --version "$SDK_VERSION" --install-dir "$INSTALL_DIR" --no-path
    rm -f "$installer"
  fi
  export DOTNET_ROOT="$INSTALL_DIR"
  export PATH="$INSTALL_DIR:$PATH"
fi

# Zoeken op de site (`search: true`): Pagefind komt uit npm, vastgezet in package-lock.json. Netlify installeert het
# meestal al zelf (het ziet package.json); anders gebeurt het hier.
if [ -f package-lock.json ] && [ ! -d node_modules/pagefind ]; then
  if command -v npm >/dev/null 2>&1; then
    npm ci --no-audit --no-fund
  else
    echo "npm ontbreekt: Pagefind (voor zoeken op de site) kan niet geïnstalleerd worden." >&2
  fi
fi

dotnet --version
dotnet run --project Site.csproj --configuration Release -- build "$@"
