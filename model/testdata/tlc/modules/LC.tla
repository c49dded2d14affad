---- MODULE LC ----
EXTENDS FiniteSets, LD
c == Cardinality({1, 2})
====
