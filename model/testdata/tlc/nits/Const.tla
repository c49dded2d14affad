---- MODULE Const ----
\* Constant-level definitions named by the cfg: TLC evaluates them before
\* it reads the cfg, and then finds a value behind the name.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
F == 1 = 2
T == 1 = 1
N == 3
V == <<1>>
S == x = 0
CInit == TRUE
CNext == TRUE
====
