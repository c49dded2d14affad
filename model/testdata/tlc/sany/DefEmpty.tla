---- MODULE DefEmpty ----
EXTENDS Naturals
Foo == 1
THEOREM T1 == Foo = 1
  BY Foo DEF Nope
THEOREM T2 == Foo = 1
  BY DEF Nope, Foo
THEOREM T3 == Foo = 1
  BY DEF Nope, Nope2
THEOREM T4 == Foo = 1
  BY T1 DEF Nope
USE DEF Nope
HIDE DEF Nope
THEOREM T5 == Foo = 1
  <1>1. Foo = 1
    BY DEF Nope
  <1> USE DEF Nope
  <1>2. QED BY ONLY DEF Nope
THEOREM T6 == Foo = 1
  BY Nope3
THEOREM T7 == Foo = 1
  OBVIOUS
====
