# wspcycle: two commands do everything.
#   make run   model-check the embedded default lifecycle spec and print the report
#   make test  formatting, vet, the race-enabled test suite, and a stale-generated-code check
GO        ?= go
FUZZTIME  ?= 10m
# CHECKFUZZTIME: FuzzCheck loads and model-checks whole (spec, cfg) pairs.
CHECKFUZZTIME ?= $(FUZZTIME)
PROPCHECKS ?= 20000
REF       ?= model/testdata
CORPORA   ?= ../shared/tla-corpora
EXAMPLES  ?= $(CORPORA)/Examples
LIB       ?= $(CORPORA)/lib/CommunityModules/modules $(CORPORA)/lib/tlapm-library/library

.PHONY: run test lint gen gen-check bench bench-check bench-disk test-kill fuzz proptest examples examples-long

run:
	$(GO) run ./cmd/wspcycle check

test: lint gen-check
	$(GO) test -race -count=1 -timeout 30m ./...
	@# Without -race: the allocation guard (under the race detector sync.Pool drops
	@# items at random, so counts vary), the medium models, TLC's large reference
	@# run, the lifecycle's liveness recovered from disk (with more than 64
	@# predicates too) and the short kill-and-recover test (seconds each).
	$(GO) test -count=1 -run '^TestNextAllocs$$' ./tla/eval/
	WSPCYCLE_MODELS=medium $(GO) test -count=1 -run 'TestModelsHold|TestTLCReference|TestTestdata|TestDiskRecoverLiveness|TestDiskRecoverWide|TestDiskKillRecover$$' ./spec/ ./model/
	@# The runtime's mutants: each planted from outside fsm (a rewritten copy of its source,
	@# built as an overlay: proptest/internal/fsmmutant), each must be killed.
	$(GO) test -count=1 -tags wspcycle_mutants -run Mutant ./proptest/

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needs to run on:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags wspcycle_mutants ./proptest/

# gen regenerates every generated file (fsm/*_gen.go) from spec/.
gen:
	$(GO) generate ./...

# gen-check fails when the checked-in generated code differs from what the
# generator produces now, so a spec change can never ship without its FSM.
gen-check:
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	for f in $$(git ls-files '*_gen.go' 2>/dev/null); do mkdir -p $$tmp/$$(dirname $$f); cp $$f $$tmp/$$f; done; \
	$(GO) generate ./... >/dev/null; \
	for f in $$(git ls-files '*_gen.go' 2>/dev/null); do \
		if ! cmp -s $$f $$tmp/$$f; then echo "stale generated code: $$f (run make gen and commit)"; cp $$tmp/$$f $$f; exit 1; fi; \
	done

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# bench-check times the throughput reference (Pool.tla with PoolBig.cfg,
# 705,024 distinct states; the copy in model/testdata is TLC's reference) on
# 2 workers, whole process, with peak memory.
bench-check:
	$(GO) build -o bin/wspcycle ./cmd/wspcycle
	@# The checker prints its own time and peak memory; /usr/bin/time (Debian's
	@# package 'time') adds the whole process's view when it is installed.
	@if [ -x /usr/bin/time ]; then \
		/usr/bin/time -f 'wall %e s, user %U s, peak RSS %M KiB' bin/wspcycle check --workers 2 $(REF)/Pool.tla -config $(REF)/PoolBig.cfg | tail -3; \
	else bin/wspcycle check --workers 2 $(REF)/Pool.tla -config $(REF)/PoolBig.cfg | tail -3; fi

# bench-disk is issue 16's benchmark (not part of make test; about an hour
# on a small machine): the lifecycle model of bench/ProcessLifecycles.tla
# (54,700,816 distinct states) checked with --disk and --max-memory $(BENCH_MEM), then in memory with no
# limit (the reference counts), then by TLC with -Xmx and -fpmem of the same
# memory when TLC_JAR names tla2tools.jar, one after the other, 2 workers
# each; bench/disk.sh prints each run's counts, wall time and peak RSS.
# BENCH_SPEC=spec/ProviderLifecycle.tla with
# BENCH_CFG=bench/ProviderLifecycleLargeSafety.cfg (1,272,052 states) or
# bench/ProviderLifecycleBench.cfg (about 7 x 10^7, many hours) checks the
# provider spec itself.
BENCH_SPEC ?= bench/ProcessLifecycles.tla
BENCH_CFG ?= bench/ProcessLifecycles.cfg
BENCH_MEM ?= 1024
TLC_JAR   ?=
bench-disk:
	$(GO) build -o bin/wspcycle ./cmd/wspcycle
	BIN=bin/wspcycle SPEC=$(BENCH_SPEC) CFG=$(BENCH_CFG) MEM=$(BENCH_MEM) WORKERS=2 TLC_JAR=$(TLC_JAR) sh bench/disk.sh

# test-kill is issue 16's kill-and-recover criterion, too long for make
# test: 20 rounds, each SIGKILLing a disk-backed run of 10^6 states (with
# checkpoints every second) at a random instant and recovering it to the
# uninterrupted counts. make test runs the short version (3 rounds, 2 kills
# each, 226,981 states).
test-kill:
	WSPCYCLE_LONG_TESTS=1 $(GO) test -count=1 -timeout 90m -v -run '^TestDiskKillRecoverLong$$' ./model/

fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzScan -fuzztime=$(FUZZTIME) ./tla/scanner/
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./tla/parser/
	$(GO) test -run='^$$' -fuzz=FuzzCfg -fuzztime=$(FUZZTIME) ./tla/cfg/
	$(GO) test -run='^$$' -fuzz=FuzzEval -fuzztime=$(FUZZTIME) ./tla/eval/
	$(GO) test -run='^$$' -fuzz=FuzzCompile -fuzztime=$(FUZZTIME) ./gen/
	$(GO) test -run='^$$' -fuzz=FuzzCheck -fuzztime=$(CHECKFUZZTIME) ./model/

proptest:
	$(GO) test -count=1 -timeout 30m ./proptest/ -rapid.checks=$(PROPCHECKS)

# examples measures the checker on the tlaplus/Examples corpus (not part of
# make test): every exhaustive model TLC checks in under a minute, one line
# each (agree / differs / refused / crashed / timeout) and a summary.
# EXAMPLES= points at another checkout, LIB= at other library folders.
examples:
	$(GO) build -o bin/wspcycle ./cmd/wspcycle
	$(GO) run ./cmd/wspcycle-examples -bin bin/wspcycle -examples $(EXAMPLES) $(addprefix -lib ,$(LIB))

# examples-long runs the models examples leaves out: a minute or more for
# TLC (up to -max-runtime), an unknown runtime, or simulate mode (long.go).
examples-long:
	$(GO) build -o bin/wspcycle ./cmd/wspcycle
	$(GO) run ./cmd/wspcycle-examples -long -bin bin/wspcycle -examples $(EXAMPLES) $(addprefix -lib ,$(LIB))
