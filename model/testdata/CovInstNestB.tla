---- MODULE CovInstNestB ----
\* The middle module of CovInstNest.
EXTENDS Naturals
VARIABLE y
A == INSTANCE CovInstNestA WITH x <- y + 1
Low == y < 50
====
