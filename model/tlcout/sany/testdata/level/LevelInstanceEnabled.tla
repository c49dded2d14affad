---- MODULE LevelInstanceEnabled ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
I == INSTANCE LevelM WITH v <- x
P == []<>(x = 0) /\ I!MEnA(x' = 1)
====
