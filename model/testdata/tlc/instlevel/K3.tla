---- MODULE K3 ----
EXTENDS Naturals
CONSTANT K
Foo == K + 1
====
