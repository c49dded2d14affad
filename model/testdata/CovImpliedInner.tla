---- MODULE CovImpliedInner ----
EXTENDS Naturals
VARIABLES s, n
Big == \A e \in s : e < 10
Grow == [][n' > n => Big' /\ Big /\ Big]_<<s, n>>
====
