# Sourced by ./mvnw (POSIX sh, globbing off). When JAVA_HOME is unset and the default java is
# older than 21, point JAVA_HOME at the newest JDK >= 21 found in the usual install folders, so
# that every Maven plugin (Vaadin's runs inside Maven's own JVM) gets a JDK it accepts.
__pa_major() {
  # prints the feature version of the JDK in $1, read from its release file
  sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1
}
__pa_default_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  java -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
if [ -z "${JAVA_HOME-}" ] && [ "$(__pa_default_major)" -lt 21 ] 2>/dev/null; then
  __pa_best=""
  __pa_best_major=0
  set +f
  for __pa_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$__pa_dir/bin/javac" ] || continue
    __pa_m=$(__pa_major "$__pa_dir")
    [ -n "$__pa_m" ] || continue
    if [ "$__pa_m" -ge 21 ] && [ "$__pa_m" -gt "$__pa_best_major" ]; then
      __pa_best="$__pa_dir"
      __pa_best_major="$__pa_m"
    fi
  done
  set -f
  if [ -n "$__pa_best" ]; then
    JAVA_HOME="$__pa_best"
    export JAVA_HOME
  else
    echo "Pairing Atlas needs a JDK 21 or newer; none was found in /usr/lib/jvm, /opt, ~/.sdkman or ~/.jdks. Set JAVA_HOME." >&2
  fi
fi
