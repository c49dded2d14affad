---- MODULE UnsFcnP ----
EXTENDS Naturals, TLC
ASSUME PrintT([{1} -> {{1}, {"a"}}])
====
