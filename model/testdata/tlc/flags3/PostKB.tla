---- MODULE PostKB ----
CONSTANT K
====
