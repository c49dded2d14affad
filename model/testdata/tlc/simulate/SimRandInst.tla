---- MODULE SimRandInst ----
\* Constant definitions that draw, in instances: TLC evaluates them once,
\* before the initial states, module by module (SimRandInstE,
\* SimRandInstN on its own: it has no parameters, then this one), I!K,
\* I!L, I!M in the reverse order at I's definition, and keeps their
\* values (I!L2 == L + ..., evaluated before I!L, evaluates L inside:
\* I!L draws again after); J(50)!K, of an instance with parameters, draws
\* at each use.
EXTENDS SimRandInstE
VARIABLE x, n
A == RandomElement(1..1000)
I == INSTANCE SimRandInstM WITH Max <- 1000
B == RandomElement(1..1000)
I2 == INSTANCE SimRandInstM WITH Max <- 1000
N == INSTANCE SimRandInstN
J(m) == INSTANCE SimRandInstM WITH Max <- m
C == RandomElement(1..1000)
Init == /\ x = [a |-> A, b |-> B, c |-> C, e1 |-> E1, ik |-> I!K, il |-> I!L, im |-> I!M,
                i2k |-> I2!K, i2l |-> I2!L, i2m |-> I2!M, np |-> N!P, nq |-> N!Q, j |-> J(50)!K, il2 |-> I!L2]
        /\ n = 0
Next == /\ n' = n + 1
        /\ x' = [x EXCEPT !.ik = I!K, !.np = N!P, !.j = J(50)!K, !.a = RandomElement(1..1000)]
Inv == n < 3
====
