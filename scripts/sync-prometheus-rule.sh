#!/usr/bin/env bash
# Rewrites k8s/base/prometheus-rule.yaml from k8s/prometheus/ledger-alerts.rules.yml,
# the file that promtool checks and unit-tests.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  cat <<'HEAD'
# Generated from k8s/prometheus/ledger-alerts.rules.yml (deploy-tests fails when the two differ):
#   scripts/sync-prometheus-rule.sh
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: casualty-ledger-alerts
  labels:
    app.kubernetes.io/name: casualty-ledger
spec:
HEAD
  grep -v '^#' k8s/prometheus/ledger-alerts.rules.yml | sed 's/^/  /'
} > k8s/base/prometheus-rule.yaml
echo "wrote k8s/base/prometheus-rule.yaml"
