--------------------- MODULE ProviderLifecycleSymmetric ---------------------
(***************************************************************************)
(* The lifecycle with the symmetry of its model values, for a cfg SYMMETRY: *)
(* nothing in ProviderLifecycle tells one thread, socket slot or callback  *)
(* table from another, so renaming them maps behaviours to behaviours and  *)
(* the checker may keep one state per class of renamings.                  *)
(***************************************************************************)
EXTENDS ProviderLifecycle, TLC

Symmetry == Permutations(Threads) \cup Permutations(Sockets) \cup Permutations(Tables)
=============================================================================
