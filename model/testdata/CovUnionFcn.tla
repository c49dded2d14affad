---- MODULE CovUnionFcn ----
\* UNION of a set of sets of functions: TLC's set map keeps [1..n -> T]
\* lazy, sorts them (converting them to enumerated sets) each time it is
\* enumerated, and UNION enumerates or asks each of them in turn.
EXTENDS Naturals
CONSTANT S
VARIABLE x
Bounded(T) == UNION {[1..n -> T] : n \in 0..2}
Init == x \in Bounded(S)
Next == UNCHANGED x
Inv == x \in Bounded(S)
====
