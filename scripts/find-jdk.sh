# Sourced by ./tidings and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Tries $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm.
jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for d in /usr/lib/jvm/*; do [ -x "$d/bin/javac" ] && candidates+=("$d"); done
  local best="" best_major=0 c m
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/javac" ] || continue
    m="$(jdk_major "$c")"
    if [ -n "$m" ] && [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then
      best="$c"; best_major="$m"
    fi
  done
  if [ -z "$best" ]; then
    echo "tidings: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "tidings: install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
find_jdk
