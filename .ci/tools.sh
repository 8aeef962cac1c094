#!/usr/bin/env bash
# Installs, only when missing, the programs the deploy checks use:
#   promtool and prometheus  - Debian package "prometheus" (alert rules check and unit tests, scripts/prometheus-e2e.sh)
#   kubectl                  - renders the kustomize overlays (kubectl kustomize)
# kubectl is not a Debian bookworm package: on these machines it comes preinstalled (package "kubectl" from the
# Google Cloud SDK apt repository). Where it is missing and no configured apt source has it, the deploy-tests
# skip the overlay checks and say so; the alert checks still run.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
fi

apt_updated=no
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "tools: apt-get not available; install $* by hand" >&2
    return 1
  fi
  if [ "$apt_updated" = no ]; then
    $SUDO apt-get update -qq >/dev/null
    apt_updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1; then
  echo "tools: promtool present ($(promtool --version 2>&1 | head -1))"
else
  echo "tools: installing Debian package prometheus (promtool, prometheus)"
  apt_install prometheus || echo "tools: could not install prometheus; the promtool checks will be skipped" >&2
fi

if command -v kubectl >/dev/null 2>&1; then
  echo "tools: kubectl present ($(kubectl version --client 2>/dev/null | head -1))"
elif apt-cache policy kubectl 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  echo "tools: installing kubectl from the configured apt sources"
  apt_install kubectl || echo "tools: could not install kubectl; the overlay checks will be skipped" >&2
else
  echo "tools: kubectl is missing and no apt source offers it; the overlay checks in deploy-tests will be skipped" >&2
fi
