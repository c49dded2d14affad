---- MODULE AsmCardOver ----
\* A Java method's failure in an ASSUME: its own error framed in its code (2178) inside 2154.
EXTENDS Integers, Sequences, FiniteSets, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(Cardinality(SUBSET (1..40)))
====
