---------------------------- MODULE VarOrderBase ----------------------------
(* Extended by VarOrderUses: its variables, constant and definitions come   *)
(* first in VarOrderUses' symbol table, in the order they were declared   *)
(* here; its LOCAL definition does not.                                   *)
EXTENDS Naturals
VARIABLES base, other
CONSTANT Max
LOCAL Hidden == 1
Shown == Max + Hidden
=============================================================================
