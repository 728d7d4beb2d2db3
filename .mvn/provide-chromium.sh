# Sourced by ./mvnw (POSIX sh, globbing off). The browser tests drive Debian's headless
# Chromium through Debian's chromedriver (see src/test/java/.../explorer/Browser.java).
# When a build that runs them (verify, integration-test, install, deploy) starts on a
# machine without them, this installs both from Debian's packages (as root, or with
# sudo if it asks no password); nothing is downloaded from anywhere else.
__pa_runs_browser_tests() {
  for __pa_arg in "$@"; do
    case "$__pa_arg" in
      verify|integration-test|install|deploy) return 0 ;;
    esac
  done
  return 1
}
__pa_has_chromium() {
  { [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; } \
    && { [ -x /usr/bin/chromedriver ] || [ -x /usr/lib/chromium/chromedriver ]; }
}
if __pa_runs_browser_tests "$@" && ! __pa_has_chromium && [ -x /usr/bin/apt-get ]; then
  if [ "$(id -u)" = 0 ]; then
    __pa_as_root=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    __pa_as_root="sudo"
  else
    __pa_as_root="none"
  fi
  if [ "$__pa_as_root" = none ]; then
    echo "Pairing Atlas: the browser tests need Debian's chromium and chromium-driver; install them as root (apt-get install chromium chromium-driver)." >&2
  else
    echo "Pairing Atlas: installing Debian's chromium and chromium-driver for the browser tests" >&2
    $__pa_as_root /usr/bin/apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $__pa_as_root /usr/bin/apt-get install -y -qq chromium chromium-driver >/dev/null \
      || echo "Pairing Atlas: apt-get could not install chromium and chromium-driver." >&2
  fi
fi
