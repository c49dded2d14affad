---- MODULE SubstBig ----
\* C <- Big, Big a set of more than -maxSetSize elements: TLC's load
\* evaluates Big and fails (an unexpected exception), C used or not.
EXTENDS Naturals
CONSTANT C
Big == {i * 2 : i \in 1..20}
VARIABLE x
Init == x = 0
Next == x' = 1 - x
====
