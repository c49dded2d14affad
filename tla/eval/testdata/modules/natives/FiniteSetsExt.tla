---- MODULE FiniteSetsExt ----
\* A stand-in for the CommunityModules operators FoldSet and ReduceSet,
\* written for wspcycle's tests: FoldSet puts the first element (CHOOSE)
\* outermost, as the module's definition does, which TLC evaluates.
EXTENDS Folds
FoldSet(op(_, _), base, S) ==
    MapThenFoldSet(op, base, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : TRUE, S)
ReduceSet(op(_, _), S, acc) == FoldSet(op, acc, S)
====
