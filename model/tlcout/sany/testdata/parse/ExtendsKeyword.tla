---- MODULE ExtendsKeyword ----
EXTENDS Naturals, IF
VARIABLE x
====
