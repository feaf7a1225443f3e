# Sourced by ./chancery and .ci/run: sets CHANCERY_JAVA_HOME to a JDK of at least version 21.
# Order: JAVA_HOME when it is suitable, else the newest suitable JDK under /usr/lib/jvm.

chancery_java_major() {
  # Prints the major version of the java binary given as $1, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

chancery_find_jdk() {
  local want=21 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(chancery_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$want" ]; then
      CHANCERY_JAVA_HOME="$JAVA_HOME"
      return 0
    fi
    echo "chancery: JAVA_HOME=$JAVA_HOME is Java ${major:-unknown}; looking for Java $want or newer under /usr/lib/jvm" >&2
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(chancery_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$want" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    {
      echo "chancery: no JDK $want or newer found."
      echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}) and every JDK under /usr/lib/jvm (a JDK needs bin/javac)."
      echo "  Install one (for example: apt-get install openjdk-21-jdk-headless) or point JAVA_HOME at it."
    } >&2
    return 1
  fi
  CHANCERY_JAVA_HOME="$best"
}
