---- MODULE SequencesExt ----
\* A stand-in for the CommunityModules operators SetToSeq and the folds
\* of sequences, written for wspcycle's tests: SetToSeq is some sequence of
\* the elements of S, each once; FoldLeft and FoldRight fold from the
\* first and from the last element; FoldSeq is FoldFunction.
EXTENDS Naturals, FiniteSets, Functions
SetToSeq(S) ==
    CHOOSE f \in [1..Cardinality(S) -> S] : \A i, j \in DOMAIN f : i # j => f[i] # f[j]
FoldSeq(op(_, _), base, s) == FoldFunction(op, base, s)
FoldLeft(op(_, _), base, s) ==
    MapThenFoldSet(LAMBDA x, acc : op(acc, x), base, LAMBDA i : s[i],
                   LAMBDA D : CHOOSE m \in D : \A n \in D : m >= n, DOMAIN s)
FoldRight(op(_, _), s, base) ==
    MapThenFoldSet(op, base, LAMBDA i : s[i],
                   LAMBDA D : CHOOSE m \in D : \A n \in D : m <= n, DOMAIN s)
====
