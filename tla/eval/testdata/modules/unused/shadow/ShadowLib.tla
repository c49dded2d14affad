---- MODULE ShadowLib ----
EXTENDS Bags
CopiesIn(e, B) == 0
UsesExtra == Extra
====
