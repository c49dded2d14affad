---- MODULE MCTwoStep ----
\* Operator constants of an instantiated module (XInit(_), XAct(_, _))
\* substituted implicitly by this module's operators of the same names, and
\* variables assigned through operator parameters (XAct(x, x') assigns x'
\* through its parameter xNext; XInit(x) assigns x in Init), as TLC
\* evaluates them. TLC: x goes 0, 1, 2, 0: 3 distinct states, 1 + 3 = 4
\* states generated.
EXTENDS Naturals
---- MODULE TwoStep ----
CONSTANT XInit(_), XAct(_, _)
VARIABLE x
Init == XInit(x)
Next == XAct(x, x')
Spec == Init /\ [][Next]_x
====
XInit(v) == v = 0
XAct(xInit, xNext) == xNext = (xInit + 1) % 3
VARIABLE x
INSTANCE TwoStep
====
