#!/bin/sh
# check.sh: for every reference spec, and with -coverage for the specs of
# model/testdata/tlc/coverage, reads TLC's -tool output (kept in
# model/testdata/tlc) and wspcycle's with the TLA+ VS Code extension's output
# parser (ported in parse-tlc.mjs) and compares the model-check results.
# Needs node (18 or newer); not part of make test. Run from the repository root:
#
#   sh cmd/wspcycle/tlcdiff/vscode/check.sh
set -e
here=$(dirname "$0")
td=model/testdata
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/wspcycle" ./cmd/wspcycle
fail=0
for entry in Counter Tokens Mailboxes Fifo FifoSwallow SetOps InvFail Deadlock Live LiveFail \
	LiveStrong:LiveFail Constrained ConstrainedFail Pool PoolBig:Pool; do
	name=${entry%%:*}
	spec=${entry#*:}
	"$bin/wspcycle" tlc -tool -workers 1 -config "$td/$name.cfg" "$td/$spec.tla" >"$bin/$name.out" || true
	printf '%-16s ' "$name"
	if node "$here/parse-tlc.mjs" "$td/tlc/$name.tool.out" "$bin/$name.out"; then
		:
	elif [ -f "$td/tlc/$name.tool.alt.out" ] && printf '(alternate lasso) ' &&
		node "$here/parse-tlc.mjs" "$td/tlc/$name.tool.alt.out" "$bin/$name.out"; then
		:
	else
		fail=1
	fi
done
# With -coverage 1: the coverage statistics the extension shows (2772, 2773).
for name in Counter Fifo Constrained Pool Mailboxes SetOps ActionConstraint MultiInit Steps Tokens CovMix; do
	"$bin/wspcycle" tlc -tool -workers 1 -coverage 1 -config "$td/$name.cfg" "$td/$name.tla" >"$bin/$name.cov.out" 2>/dev/null || true
	printf '%-16s ' "$name -coverage"
	node "$here/parse-tlc.mjs" "$td/tlc/coverage/$name.tool.out" "$bin/$name.cov.out" || fail=1
done
exit $fail
