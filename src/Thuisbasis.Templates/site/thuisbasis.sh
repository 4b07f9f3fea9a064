#!/usr/bin/env bash
# Start het programma thuisbasis voor deze site, zonder tussenstap: `bash thuisbasis.sh build` (of preview, check, new).
# Het programma staat in .thuisbasis/programma/<versie>/, in de versie uit .config/dotnet-tools.json. Staat die versie
# er nog niet (de eerste keer, of na een nieuw versienummer), dan haalt dit script hem eerst op met
# `dotnet tool install` (daarvoor is de .NET 10 SDK nodig, en alleen dan). Daarna start het programma meteen: zonder
# `dotnet` ervoor scheelt dat bij elke opdracht een derde seconde.
# Zonder bash (Windows): `dotnet tool restore` (eenmalig) en `dotnet thuisbasis build` doen hetzelfde, iets trager.
# THUISBASIS_PROGRAMMA kiest een andere map voor het programma (de Netlify-bouw zet het in Netlify's cachemap).
set -euo pipefail

case "${BASH_SOURCE[0]}" in */*) cd "${BASH_SOURCE[0]%/*}" ;; esac

# De versie uit het manifest lezen, in bash zelf (geen extra programma: dat kost tijd bij elke opdracht).
manifest=""
IFS= read -r -d '' manifest < .config/dotnet-tools.json || true
pattern='"thuisbasis"[[:space:]]*:[[:space:]]*\{[^}]*"version"[[:space:]]*:[[:space:]]*"([^"]+)"'
if [[ ! $manifest =~ $pattern ]]; then
  echo ".config/dotnet-tools.json noemt geen versie van thuisbasis. Zet daar \"thuisbasis\": { \"version\": \"…\" } in." >&2
  exit 2
fi
version="${BASH_REMATCH[1]}"
# Een spatie die bij het typen meekwam, hoort niet bij het nummer (anders kwam er een map "0.2.0 " naast "0.2.0").
version="${version#"${version%%[![:space:]]*}"}"
version="${version%"${version##*[![:space:]]}"}"
if [[ ! $version =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
  echo "In .config/dotnet-tools.json staat als versie van thuisbasis \"$version\"; dat is geen versienummer. Schrijf het zoals \"0.1.0\"." >&2
  exit 2
fi
folder="${THUISBASIS_PROGRAMMA:-.thuisbasis/programma}"
program="$folder/$version/thuisbasis"
[ -f "$program.exe" ] && program="$program.exe"

# Haalt een pakket van thuisbasis op in $folder/$version. Lukt dat niet, dan zegt het in gewone woorden wat u kunt doen.
fetch() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "Om Thuisbasis $version op te halen is de .NET 10 SDK nodig, en die staat niet op deze computer." >&2
    echo "Installeer hem van https://dotnet.microsoft.com/download en typ de opdracht daarna opnieuw." >&2
    exit 1
  fi
  if ! dotnet tool install "$1" --version "$version" --tool-path "$folder/$version" >&2; then
    rm -rf "$folder/$version"
    echo "Thuisbasis $version kon niet worden opgehaald. Kijk of het versienummer in .config/dotnet-tools.json klopt" >&2
    echo "(de versies staan op https://www.nuget.org/packages/thuisbasis) en of deze computer internet heeft." >&2
    for old in "$folder"/*/.start-ok; do
      [ -f "$old" ] || continue
      old="${old%/.start-ok}"
      echo "De versie die u hiervoor gebruikte (${old##*/}) staat er nog: zet dat nummer terug om verder te werken." >&2
    done
    exit 1
  fi
}

# Een nieuw opgehaald programma wordt één keer geprobeerd; daarna staat er een teken (.start-ok) naast.
if [ ! -f "$folder/$version/.start-ok" ]; then
  if [ ! -x "$program" ]; then
    echo "Het programma thuisbasis $version wordt opgehaald (eenmalig)." >&2
    rm -rf "$folder/$version"
    fetch thuisbasis
    [ -f "$program.exe" ] && program="$program.exe"
    # Oudere versies zijn niet meer nodig.
    for old in "$folder"/*/; do
      [ "${old%/}" = "$folder/$version" ] || rm -rf "${old%/}"
    done
  fi
  # Op linux-x64 is het een kant-en-klaar programma. Dat heeft glibc 2.34 of nieuwer nodig (bijvoorbeeld Ubuntu 22.04,
  # Debian 12); op een oudere computer start het niet. Dan komt de versie die via .NET draait ervoor in de plaats.
  if ! reason="$("$program" --version 2>&1 >/dev/null)"; then
    reason="${reason%%$'\n'*}"
    echo "Het kant-en-klare programma thuisbasis start niet op deze computer: ${reason:-het gaf geen melding}." >&2
    echo "De versie die via .NET draait, wordt opgehaald (eenmalig; ze is iets trager bij het starten)." >&2
    rm -rf "$folder/$version"
    fetch thuisbasis.any
    program="$folder/$version/thuisbasis"
    [ -f "$program.exe" ] && program="$program.exe"
    if ! reason="$("$program" --version 2>&1 >/dev/null)"; then
      reason="${reason%%$'\n'*}"
      echo "Ook die versie van thuisbasis start niet: ${reason:-het gaf geen melding}." >&2
      echo "Die versie heeft .NET 10 nodig: kijk met \`dotnet --list-runtimes\` of Microsoft.NETCore.App 10 er is." >&2
      exit 1
    fi
  fi
  : > "$folder/$version/.start-ok"
fi

# Zo noemt het programma in zijn hulp en meldingen de opdracht die u typt.
export THUISBASIS_OPDRACHT="bash thuisbasis.sh"
exec "$program" "$@"
