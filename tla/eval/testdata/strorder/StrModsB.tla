---- MODULE StrModsB ----
bname == 2
====
