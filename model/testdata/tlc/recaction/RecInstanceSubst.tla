---- MODULE RecInstanceSubst ----
EXTENDS Naturals
VARIABLE y
M == INSTANCE RecA WITH x <- y
Init == y = 0
Next == M!Step(1)
Inv == y # 2
====
