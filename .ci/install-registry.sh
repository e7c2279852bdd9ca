#!/bin/sh
# Installs what the real-registry tests need (__tests__/helpers/registry-server.ts):
#   /usr/bin/docker-registry  Debian/Ubuntu package docker-registry (distribution 2.8)
#   htpasswd                  package apache2-utils (bcrypt htpasswd files)
# Idempotent: does nothing when both are present. Runs apt-get as root, through sudo otherwise.
# The tests start their own registry on a free loopback port; the package's system service is
# stopped and disabled so nothing is left listening on port 5000.
set -eu

if [ -x /usr/bin/docker-registry ] && command -v htpasswd >/dev/null 2>&1; then
  echo "install-registry: docker-registry and htpasswd already present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=
elif command -v sudo >/dev/null 2>&1; then
  SUDO=sudo
else
  echo "install-registry: need root (or sudo) to apt-get install docker-registry apache2-utils" >&2
  exit 1
fi

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  docker-registry apache2-utils

# The package enables and (where allowed) starts a registry on :5000; the tests do not want it.
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
  $SUDO systemctl disable --now docker-registry.service >/dev/null 2>&1 || true
elif [ -x /etc/init.d/docker-registry ]; then
  $SUDO /etc/init.d/docker-registry stop >/dev/null 2>&1 || true
fi

/usr/bin/docker-registry --version
command -v htpasswd
