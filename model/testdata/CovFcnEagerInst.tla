---- MODULE CovFcnEagerInst ----
\* The module CovFcnEager instantiates: DOMAIN g reads the substitution
\* first, so TLC's value of it is built and turned into a table there.
EXTENDS Naturals
VARIABLE g
Small == \A k \in DOMAIN g : g[k] < 7
====
