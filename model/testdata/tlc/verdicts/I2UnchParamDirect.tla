---- MODULE I2UnchParamDirect ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a, b
M(v) == INSTANCE InstM WITH x <- v
Init == a = 0 /\ b = 0
Next == \/ a < 2 /\ M(a)!Inc /\ UNCHANGED M(b)!Val
        \/ b < 2 /\ M(b)!Inc /\ UNCHANGED M(a)!Val
Inv == a + b <= 4
====
