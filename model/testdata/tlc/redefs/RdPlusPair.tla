---- MODULE RdPlusPair ----
a + b == <<a, b>>
====
