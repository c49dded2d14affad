---- MODULE Bags ----
shadowname == 1
====
