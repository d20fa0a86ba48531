# Sourced by ./tidings and ./mvnw, so also by .ci/run through ./mvnw (POSIX sh): exports JAVA_HOME pointing at a JDK >= 21.
# Tries $JAVA_HOME, the javac on PATH, then every JDK under /usr/lib/jvm, and keeps the newest.
tidings_jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
tidings_find_jdk() {
  tidings_best="" tidings_best_major=0
  tidings_path_jdk=""
  if command -v javac >/dev/null 2>&1; then
    tidings_path_jdk="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  fi
  for tidings_c in "${JAVA_HOME:-}" "$tidings_path_jdk" /usr/lib/jvm/*; do
    [ -n "$tidings_c" ] && [ -x "$tidings_c/bin/javac" ] || continue
    tidings_m="$(tidings_jdk_major "$tidings_c")"
    if [ -n "$tidings_m" ] && [ "$tidings_m" -ge 21 ] && [ "$tidings_m" -gt "$tidings_best_major" ]; then
      tidings_best="$tidings_c"; tidings_best_major="$tidings_m"
    fi
  done
  if [ -z "$tidings_best" ]; then
    echo "tidings: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "tidings: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME="$tidings_best"
  export JAVA_HOME
}
tidings_find_jdk
