---------------------------- MODULE VarOrderDefs ----------------------------
(* Instantiated by VarOrderUses, with and without a name: its definitions *)
(* and theorem are added in its own table's enumeration order.            *)
EXTENDS TLC
VARIABLE v
d1 == v
LOCAL d2 == 1
d3 == 2
THEOREM Thm == TRUE
=============================================================================
