---- MODULE BBad1 ----
s1 == "not closed
====
