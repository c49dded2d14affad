---- MODULE DefKinds ----
EXTENDS Naturals
CONSTANT C
VARIABLE x
Foo == 1
THEOREM T1 == Foo = 1
  PROOF BY DEF Nope
THEOREM T2 == Foo = 1
  BY DEF x
THEOREM T3 == Foo = 1
  BY DEF C
THEOREM T4 == Foo = 1
  BY DEF T1
THEOREM T5 == Foo = 1
  PROOF
  <1>1. Foo = 1 OBVIOUS
  <1>2. QED BY DEF <1>1
====
