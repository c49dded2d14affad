---------------------------- MODULE VarOrderUses ----------------------------
(* The symbols SANY puts in a module's table, each of which moves the     *)
(* variables in TLC's traces: an extended user module, LOCAL INSTANCE,    *)
(* named and unnamed instances, RECURSIVE, a theorem, a named assumption, *)
(* a nested module and an operator symbol.                                *)
EXTENDS VarOrderBase, FiniteSets
LOCAL INSTANCE Sequences
VARIABLES hits, misses, log, mode
RECURSIVE Sum(_)
Sum(s) == IF s = {} THEN 0 ELSE LET e == CHOOSE e \in s : TRUE IN e + Sum(s \ {e})
a (+) b == a + b
f[i \in 1..2] == i
THEOREM Obvious == TRUE
ASSUME Positive == Max > 0
D == INSTANCE VarOrderDefs WITH v <- hits
INSTANCE VarOrderDefs WITH v <- misses
---- MODULE Inner ----
VARIABLE w
====
Init == /\ base = 0 /\ other = 0 /\ hits = 0 /\ misses = 0 /\ log = <<>> /\ mode = "on"
Next == /\ hits < Max
        /\ hits' = hits (+) 1
        /\ log' = Append(log, Sum({1}))
        /\ UNCHANGED <<base, other, misses, mode>>
Bounded == hits < 2
=============================================================================
