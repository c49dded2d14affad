---- MODULE DefNope ----
EXTENDS Naturals
Foo == 1
THEOREM T == Foo = 1
  BY DEF Nope
====
