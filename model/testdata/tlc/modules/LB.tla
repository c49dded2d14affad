---- MODULE LB ----
b == 2
====
