# Sourced by run.sh and test.sh: makes sure the tools the build needs are on this machine.
# Java 17+, Node/npm and curl come with this kind of machine; on a bare Debian/Ubuntu one (as root) they are installed
# here with apt. Maven comes through ./mvnw, PostgreSQL through the build (an embedded server from a Maven artifact).
# Usage: require_tools [COMMAND:DEBIAN_PACKAGE ...]   (extra tools, e.g. kubectl:kubectl for the tests; a path
# instead of a command names a file the package installs, e.g. a font)
require_tools() {
  local missing=() pair tool
  for pair in java:openjdk-17-jdk-headless npm:npm node:nodejs curl:curl "$@"; do
    tool=${pair%%:*}
    if [[ $tool == /* ]]; then
      [ -e "$tool" ] || missing+=("${pair#*:}")
    else
      command -v "$tool" >/dev/null 2>&1 || missing+=("${pair#*:}")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "Missing ${missing[*]}: install them and run again." >&2
      exit 1
    fi
    echo "Installing ${missing[*]}..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  # buf, the Kubernetes schemas and playwright-core are pinned in package.json. Not "npm ci": the registry reached here lacks some of
  # buf's other-platform packages, so the lock file cannot list them all and "npm ci" refuses it.
  if [ ! -x node_modules/.bin/buf ] || [ ! -d node_modules/kubernetes-models ] || [ ! -d node_modules/playwright-core ]; then
    npm install --no-audit --no-fund --loglevel=error
  fi
}
