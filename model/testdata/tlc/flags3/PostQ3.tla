---- MODULE PostQ3 ----
EXTENDS PostQ
====
