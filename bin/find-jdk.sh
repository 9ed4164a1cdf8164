# Sourced (POSIX sh) by ./ficshelf, ./mvnw and .ci/run: exports JAVA_HOME pointing at a
# JDK >= 21. Honours JAVA_HOME when it is new enough, else looks in the usual places and
# takes the newest. Prints what to install and returns 1 when there is none.

ficshelf_java_major() {
  # $1: a java executable. Prints its feature version (17, 21, 25...) or nothing.
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

ficshelf_jdk_ok() {
  # $1: a candidate JAVA_HOME. True when it holds java and javac of version >= 21.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _fs_v=$(ficshelf_java_major "$1/bin/java")
  [ -n "$_fs_v" ] && [ "$_fs_v" -ge 21 ]
}

ficshelf_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && ficshelf_jdk_ok "$JAVA_HOME"; then
    export JAVA_HOME
    return 0
  fi
  _fs_best=""
  _fs_best_v=0
  _fs_onpath=""
  if command -v javac >/dev/null 2>&1; then
    _fs_onpath=$(readlink -f "$(command -v javac)" 2>/dev/null || true)
    _fs_onpath=${_fs_onpath%/bin/javac}
  fi
  case $- in *f*) _fs_noglob=1; set +f ;; *) _fs_noglob=0 ;; esac
  for _fs_c in "$_fs_onpath" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
    "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$_fs_c" ] && [ -d "$_fs_c" ] || continue
    ficshelf_jdk_ok "$_fs_c" || continue
    if [ "$_fs_v" -gt "$_fs_best_v" ]; then
      _fs_best=$_fs_c
      _fs_best_v=$_fs_v
    fi
  done
  [ "$_fs_noglob" = 1 ] && set -f
  if [ -n "$_fs_best" ]; then
    JAVA_HOME=$_fs_best
    export JAVA_HOME
    return 0
  fi
  {
    echo "ficshelf: no JDK 21 or newer found${JAVA_HOME:+ (JAVA_HOME=$JAVA_HOME is older or not a JDK)}."
    echo "  Install one, e.g. 'sudo apt-get install openjdk-21-jdk' (Debian/Ubuntu),"
    echo "  'brew install openjdk@21' (macOS) or a Temurin JDK from adoptium.net,"
    echo "  then set JAVA_HOME to it."
  } >&2
  return 1
}
