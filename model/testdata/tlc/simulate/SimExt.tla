---- MODULE SimExt ----
EXTENDS SimMulti
====
