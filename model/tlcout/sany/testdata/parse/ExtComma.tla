---- MODULE ExtComma ----
EXTENDS Naturals,
VARIABLE x
====
