#!/usr/bin/env bash
# Runs a command against a real, throwaway keychain: a private D-Bus session bus,
# a fresh HOME and XDG folders, and an unlocked gnome-keyring (Secret Service only).
#
#   bash test/keychain/with-keyring.sh vitest run --project keychain
#   bash test/keychain/with-keyring.sh npx playwright test
#
# The command's exit code is passed through. node_modules/.bin is put first on PATH
# so local tools run without npx. Missing system tools are an error, not a skip:
# CI must never go green without having run the keychain tests.
set -euo pipefail

PACKAGES='dbus gnome-keyring libsecret-1-0 libsecret-tools'

# Second stage, inside dbus-run-session: start the keyring, run the command, stop the keyring.
if [[ "${1:-}" == "--inside-session" ]]; then
  shift
  # This password only protects a keyring that is deleted afterwards.
  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  if ! started="$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets)"; then
    echo "with-keyring.sh: gnome-keyring-daemon failed to start." >&2
    exit 1
  fi
  # Some versions print VAR=value lines the clients need (GNOME_KEYRING_CONTROL, ...).
  while IFS= read -r line; do
    if [[ "$line" =~ ^[A-Z_]+=.* ]]; then export "${line?}"; fi
  done <<<"$started"

  name_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
  }
  for _ in $(seq 50); do name_owned && break; sleep 0.1; done
  if ! name_owned; then
    echo "with-keyring.sh: gnome-keyring started but org.freedesktop.secrets never appeared on the session bus." >&2
    exit 1
  fi
  keyring_pid="$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '/uint32/ { print $2 }')"

  set +e
  "$@"
  status=$?
  set -e
  if [[ -n "$keyring_pid" ]]; then kill "$keyring_pid" 2>/dev/null || true; fi
  exit "$status"
fi

missing=()
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "with-keyring.sh: cannot run against a real keychain: ${missing[*]} not found." >&2
  echo "Install the system packages (Debian/Ubuntu): sudo apt-get install $PACKAGES" >&2
  exit 1
fi
if (($# == 0)); then
  echo "usage: bash test/keychain/with-keyring.sh COMMAND [ARGS...]" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$root/node_modules/.bin:$PATH"

# Tools that keep state under HOME keep using the real one (browsers, npm cache and config).
real_home="$HOME"
if [[ -z "${PLAYWRIGHT_BROWSERS_PATH:-}" && -d "$real_home/.cache/ms-playwright" ]]; then
  export PLAYWRIGHT_BROWSERS_PATH="$real_home/.cache/ms-playwright"
fi
export npm_config_cache="${npm_config_cache:-$real_home/.npm}"
if [[ -z "${npm_config_userconfig:-}" && -f "$real_home/.npmrc" ]]; then
  export npm_config_userconfig="$real_home/.npmrc"
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/scim-keyring.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p -m 700 "$tmp/home" "$tmp/runtime"
export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
# dbus-run-session provides the bus; nothing may leak in from a desktop session.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

set +e
dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$@"
status=$?
set -e
exit "$status"
