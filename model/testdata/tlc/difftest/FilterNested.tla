---- MODULE FilterNested ----
\* A filter of a filter of Seq(S): enumerating it fails on Seq(S), which
\* TLC's message names (the inner filter fails first).
EXTENDS Naturals, Sequences
VARIABLE x
P == {p \in Seq({1, 2}) : p # <<>>}
Init == x \in {p \in P : Len(p) = 1}
Next == UNCHANGED x
====
