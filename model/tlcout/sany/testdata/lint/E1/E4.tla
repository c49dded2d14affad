---- MODULE E4 ----
EXTENDS E5
====
