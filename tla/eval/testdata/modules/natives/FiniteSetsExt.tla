---- MODULE FiniteSetsExt ----
\* A stand-in for the CommunityModules operators FoldSet and ReduceSet,
\* written for wspcycle's tests. Evaluated as written, FoldSet puts the
\* first element (CHOOSE) outermost; TLC's Java override, which the native
\* follows, puts it innermost.
EXTENDS Folds
FoldSet(op(_, _), base, S) ==
    MapThenFoldSet(op, base, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : TRUE, S)
ReduceSet(op(_, _), S, acc) == FoldSet(op, acc, S)
====
