---- MODULE SequencesExt ----
\* A stand-in for the CommunityModules operator SetToSeq, written for
\* wspcycle's tests, defined as the module defines it: the first injective
\* function of [1..Cardinality(S) -> S] that TLC enumerates.
EXTENDS Naturals, FiniteSets
SetToSeq(S) ==
    CHOOSE f \in [1..Cardinality(S) -> S] : \A i, j \in DOMAIN f : i # j => f[i] # f[j]
====
