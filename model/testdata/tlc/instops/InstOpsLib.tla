---- MODULE InstOpsLib ----
EXTENDS Naturals
a ++ b == a + b + 1
-. a == 100 - a
a ^# == a * 10
Pl(a, b) == a + b
====
