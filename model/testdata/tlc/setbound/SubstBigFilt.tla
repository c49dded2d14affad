---- MODULE SubstBigFilt ----
\* C <- Big, Big a filter of an interval keeping more than -maxSetSize
\* elements: TLC's load builds it and fails (an unexpected exception).
EXTENDS Naturals
CONSTANT C
Big == {i \in 1..20 : i > 2}
VARIABLE x
Init == x \in C
Next == UNCHANGED x
====
