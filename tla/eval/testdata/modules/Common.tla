---- MODULE Common ----
Y == 0
====
