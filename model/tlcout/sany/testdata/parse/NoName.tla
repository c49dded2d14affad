---- MODULE  ----
VARIABLE x
====
