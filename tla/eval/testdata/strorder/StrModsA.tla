---- MODULE StrModsA ----
EXTENDS StrModsC
aname == 1
====
