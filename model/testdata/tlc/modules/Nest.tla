---- MODULE Nest ----
\* An inner module that extends a module of this folder (NQ), and an
\* INSTANCE inside a LET (of TLCExt, which instantiates TLC and Integers).
EXTENDS Naturals, FiniteSets, Bags
VARIABLE x
---- MODULE Inner ----
EXTENDS Sequences, NQ
i == q
====
J == INSTANCE Inner
K == LET T == INSTANCE TLCExt IN 1
Init == x = 0
Next == x' = (x + J!i + K) % 3
====
