---- MODULE StrModsC ----
cname == 3
====
