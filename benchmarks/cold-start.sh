#!/usr/bin/env bash
# Cold start of `mastery demo` beside a Hello World jar, side by side: each round starts every
# variant once, in turn, so that a machine busy with other work slows them alike. Prints the
# median wall time of each variant in milliseconds and its ratio to Hello World. Run after
# `mvn -B package` from the repository's root: benchmarks/cold-start.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-21}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=benchmarks/target/cold-start
mkdir -p "$work/classes"
cat > "$work/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("Hello, World");
  }
}
JAVA
${JAVA_HOME:+$JAVA_HOME/bin/}javac -d "$work/classes" "$work/Hello.java"
printf 'Main-Class: Hello\n' > "$work/manifest.txt"
${JAVA_HOME:+$JAVA_HOME/bin/}jar cfm "$work/hello.jar" "$work/manifest.txt" -C "$work/classes" .
hello=$(cd "$work" && pwd)/hello.jar
# Hello World started as the launcher starts mastery: the same options and an archive of its own.
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m"
rm -f "$work/hello.jsa"
# shellcheck disable=SC2086
"$java" -XX:ArchiveClassesAtExit="$work/hello.jsa" $fast -jar "$hello" > /dev/null 2>&1

variants=(
  "hello, java -jar|$java -jar $hello"
  "hello, as the launcher starts it|$java -XX:SharedArchiveFile=$work/hello.jsa -Xshare:auto $fast -jar $hello"
  "mastery demo, launcher|examples/target/mastery demo"
  "mastery demo, java -jar|$java -jar examples/target/mastery.jar demo"
)
declare -A times
for ((r = 0; r < rounds; r++)); do
  for v in "${variants[@]}"; do
    name=${v%%|*}
    command=${v#*|}
    start=$(date +%s%N)
    $command > /dev/null 2>&1
    end=$(date +%s%N)
    times[$name]+="$(((end - start) / 1000000)) "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=$(echo "${times[hello, java -jar]}" | median)
for v in "${variants[@]}"; do
  name=${v%%|*}
  m=$(echo "${times[$name]}" | median)
  awk -v n="$name" -v m="$m" -v b="$base" 'BEGIN {printf "%-36s %5d ms  %5.1fx\n", n, m, m / b}'
done
