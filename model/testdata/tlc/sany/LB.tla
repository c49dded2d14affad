---- MODULE LB ----
Fb == 1
====
