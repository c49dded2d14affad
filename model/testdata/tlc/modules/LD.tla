---- MODULE LD ----
d == 4
====
