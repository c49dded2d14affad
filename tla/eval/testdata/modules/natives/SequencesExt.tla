---- MODULE SequencesExt ----
\* A stand-in for the CommunityModules operator SetToSeq, written for
\* wspcycle's tests: some sequence of the elements of S, each once.
EXTENDS Naturals, FiniteSets
SetToSeq(S) ==
    CHOOSE f \in [1..Cardinality(S) -> S] : \A i, j \in DOMAIN f : i # j => f[i] # f[j]
====
