#!/bin/sh
# bench_check.sh: the checker's throughput reference, for `make bench-check`.
# Run from the repository root:
#
#   sh cmd/wspcycle/bench_check.sh [TLC_REFERENCE_DIR]
#
# It builds wspcycle and checks Pool.tla with Pool.cfg and PoolBig.cfg
# (705,024 distinct states; TLC: 10.4 s wall, 1.8 GB peak on 2 workers) on 2
# workers, reporting wall time, CPU time and peak RSS of the whole process.
# /usr/bin/time is used when installed (apt-get install time); otherwise the
# checker's own report gives the time and peak memory (VmHWM).
set -e
ref=${1:-../shared/tlc-reference}
[ -f "$ref/Pool.tla" ] || ref=model/testdata
bin=$(mktemp -d)/wspcycle
go build -o "$bin" ./cmd/wspcycle
for cfg in Pool.cfg PoolBig.cfg; do
	echo "== Pool.tla with $cfg, 2 workers"
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
			"$bin" check --workers 2 --progress 0 "$ref/Pool.tla" -config "$ref/$cfg" |
			grep -E "states generated|depth|Finished"
	else
		"$bin" check --workers 2 --progress 0 "$ref/Pool.tla" -config "$ref/$cfg" |
			grep -E "states generated|depth|Finished"
	fi
done
rm -f "$bin"
