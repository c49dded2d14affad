---- MODULE RdLen2 ----
Len(a, b) == 42
====
