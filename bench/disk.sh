#!/bin/sh
# disk.sh: the disk benchmark of issue 16 (make bench-disk). It checks one
# lifecycle model (SPEC with CFG) three times, one run after the other so they do not
# compete: wspcycle with --disk and --max-memory MEM, wspcycle in memory
# with no limit (the reference counts), and TLC with -Xmx MEM and -fpmem MEM
# (bytes), all with WORKERS workers. Each run's wall time and peak RSS come
# from /usr/bin/time -v (Debian's package 'time'); the last lines of each
# log give the counts. TLC runs only when TLC_JAR names tla2tools.jar.
#
# Environment: BIN (the wspcycle binary), SPEC, CFG, MEM (MB), WORKERS, TLC_JAR,
# OUT (the folder for logs and the disk store), RUNS (which runs, default
# "disk memory tlc").
set -u
BIN=${BIN:-bin/wspcycle}
SPEC=${SPEC:-bench/ProcessLifecycles.tla}
CFG=${CFG:-bench/ProcessLifecycles.cfg}
MEM=${MEM:-1024}
WORKERS=${WORKERS:-2}
TLC_JAR=${TLC_JAR:-}
OUT=${OUT:-$(mktemp -d)}
RUNS=${RUNS:-disk memory tlc}
mkdir -p "$OUT"
timed() { # name cmd...: runs cmd under /usr/bin/time -v, logs to $OUT/name.log
	name=$1; shift
	echo "== $name: $*"
	start=$(date -u +%H:%M:%S)
	/usr/bin/time -v -o "$OUT/$name.time" "$@" >"$OUT/$name.log" 2>&1
	echo "   exit $?, started $start UTC"
	grep -E 'distinct states found|states generated|Finished|Model checking completed|No error|Error:' "$OUT/$name.log" | tail -4 | sed 's/^/   /'
	grep -E 'Elapsed \(wall|Maximum resident' "$OUT/$name.time" | sed 's/^\t*/   /'
}
echo "model $SPEC with $CFG, --max-memory $MEM MB, $WORKERS workers, logs in $OUT"
uname -srm; grep -m1 'model name' /proc/cpuinfo; nproc; grep MemTotal /proc/meminfo; uptime
for r in $RUNS; do
	case $r in
	disk)
		rm -rf "$OUT/store"
		timed disk "$BIN" check --workers "$WORKERS" --progress 60s --disk "$OUT/store" --max-memory "$MEM" -config "$CFG" "$SPEC"
		rm -rf "$OUT/store" ;;
	memory)
		timed memory "$BIN" check --workers "$WORKERS" --progress 60s --max-memory 0 -config "$CFG" "$SPEC" ;;
	tlc)
		if [ -z "$TLC_JAR" ]; then echo "== tlc: skipped (set TLC_JAR to tla2tools.jar)"; continue; fi
		rm -rf "$OUT/tlc-meta"
		timed tlc java -Xmx"$MEM"m -XX:+UseParallelGC -cp "$TLC_JAR" tlc2.TLC -workers "$WORKERS" \
			-fpmem $((MEM * 1024 * 1024)) -noGenerateSpecTE -metadir "$OUT/tlc-meta" -config "$(pwd)/$CFG" "$(pwd)/$SPEC"
		rm -rf "$OUT/tlc-meta" ;;
	esac
done
uptime
