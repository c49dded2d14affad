---- MODULE LabInner ----
\* Labelled definitions, reached from LabInst through instances.
EXTENDS Naturals
CONSTANT K
Op == lab:: K + 1
Par(a) == \A k \in {a} : inner(k):: k * K
Nest == l1:: (2 + (l2:: K * 10))
====
