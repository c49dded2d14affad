---- MODULE RdLen42 ----
Len(s) == 42
====
