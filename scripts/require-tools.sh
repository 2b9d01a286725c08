# Sourced by run.sh and test.sh: makes sure the tools the build needs are on this machine.
# Java 17+ and Node/npm come with this kind of machine; on a bare Debian/Ubuntu one (as root) they are installed here.
# Maven comes through ./mvnw, PostgreSQL through the build (an embedded server from a Maven artifact).
require_tools() {
  local missing=()
  command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "Missing ${missing[*]}: install them (Java 17 or newer, Node.js with npm, curl) and run again." >&2
      exit 1
    fi
    echo "Installing ${missing[*]}..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
  # buf (the proto linter) is pinned in package.json. Not "npm ci": the registry reached here lacks some of buf's
  # other-platform packages, so the lock file cannot list them all and "npm ci" refuses it.
  if [ ! -x node_modules/.bin/buf ]; then
    npm install --no-audit --no-fund --loglevel=error
  fi
}
