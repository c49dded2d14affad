---- MODULE ZMod ----
EXTENDS MissY
====
