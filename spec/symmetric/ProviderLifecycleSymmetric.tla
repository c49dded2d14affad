--------------------- MODULE ProviderLifecycleSymmetric ---------------------
(***************************************************************************)
(* The lifecycle with the symmetry of its model values, for a cfg SYMMETRY: *)
(* nothing in ProviderLifecycle tells one thread, socket slot or callback  *)
(* table from another, so renaming them maps behaviours to behaviours and  *)
(* the checker may keep one state per class of renamings.                  *)
(* It lives in its own folder, beside no other spec, since the tools that  *)
(* compile every spec of spec/ into a state machine need the variables in  *)
(* the module itself; ProviderLifecycle is found on the library path:     *)
(*   wspcycle check -lib spec -config spec/symmetric/ProviderLifecycleSymmetric.cfg \ *)
(*     spec/symmetric/ProviderLifecycleSymmetric.tla                      *)
(* (TLC: -DTLA-Library=.. inside spec/symmetric).                          *)
(***************************************************************************)
EXTENDS ProviderLifecycle, TLC

Symmetry == Permutations(Threads) \cup Permutations(Sockets) \cup Permutations(Tables)
=============================================================================
