#!/usr/bin/env bash
# Builds and pushes the images the Kubernetes manifests use, for a CI with a container engine and registry access
# (neither exists on the development machines). Usage: scripts/build-images.sh REGISTRY [jvm|native]
#   REGISTRY: e.g. registry.internal/plan-monitor-team — images become REGISTRY/plan-monitor/<app>:0.1.0[-native]
# Then point the overlay at the registry: (cd k8s/overlays/prod && kustomize edit set image plan-monitor/<app>=REGISTRY/plan-monitor/<app>)
set -euo pipefail
cd "$(dirname "$0")/.."
registry=${1:?usage: scripts/build-images.sh REGISTRY [jvm|native]}
variant=${2:-jvm}
version=0.1.0
apps=(indicators-service projects-service documents-service gateway)
if [ "$variant" = native ]; then
  ./mvnw -B --no-transfer-progress package -DskipTests -Pnative -pl "$(IFS=,; echo "${apps[*]}")" -am
  suffix=-native
else
  ./mvnw -B --no-transfer-progress package -DskipTests -pl "$(IFS=,; echo "${apps[*]}")" -am
  suffix=
fi
for app in "${apps[@]}"; do
  image="$registry/plan-monitor/$app:$version$suffix"
  docker build -f "docker/Dockerfile.$variant" -t "$image" "$app"
  docker push "$image"
done
