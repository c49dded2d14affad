---- MODULE UnusedSubsetLib ----
Proper(S, T) == S \subset T
====
