---- MODULE InstShadowDef ----
a + b == 0
Len(s) == 0
Nat == {0}
====
