---- MODULE NQ ----
q == 1
====
