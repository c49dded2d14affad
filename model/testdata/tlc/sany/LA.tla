---- MODULE LA ----
Fa == zz
====
