---- MODULE RdWB ----
Sum(a, b) == a
INSTANCE RdWM
Bar == 2
====
