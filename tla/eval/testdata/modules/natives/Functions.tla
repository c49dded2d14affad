---- MODULE Functions ----
\* A stand-in for the CommunityModules operators FoldFunction and
\* FoldFunctionOnSet, written for wspcycle's tests (as FiniteSetsExt's
\* FoldSet, over the values f[d]).
EXTENDS Folds
FoldFunctionOnSet(op(_, _), base, f, D) ==
    MapThenFoldSet(op, base, LAMBDA d : f[d], LAMBDA T : CHOOSE x \in T : TRUE, D)
FoldFunction(op(_, _), base, f) == FoldFunctionOnSet(op, base, f, DOMAIN f)
====
