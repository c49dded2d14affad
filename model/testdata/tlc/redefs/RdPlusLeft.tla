---- MODULE RdPlusLeft ----
a + b == a
====
