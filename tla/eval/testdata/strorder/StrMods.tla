---- MODULE StrMods ----
\* SANY parses the modules a spec extends, and what they extend, before
\* those it instantiates (see TestStringOrderModules).
EXTENDS StrModsA, TLC
INSTANCE StrModsB
ASSUME PrintT({"bname", "cname", "aname"})
====
