---- MODULE Missing ----
EXTENDS Naturals, NoSuchModule
VARIABLE x
====
